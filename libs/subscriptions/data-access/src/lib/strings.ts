import { defineStrings, dict, fmt } from '@accord/portal/i18n';

/** Words of follows, follow news and webhooks; in libs/portal/i18n/src/lib/translations/<lang>.json under "subscriptions". */
export const SUBSCRIPTIONS_STRINGS = defineStrings('subscriptions', {
  followError: fmt('error'),
  kind: dict(),
  unread: fmt('count'),
  announce: fmt('what'),
  event: dict(),
  stream: dict(),
  deliveriesHeading: fmt('url'),
  rotateWarning: fmt('url'),
  status: dict(),
});
