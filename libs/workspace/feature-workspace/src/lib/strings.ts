import { defineStrings, dict, fmt } from '@accord/portal/i18n';

/** Every word of the organisation workspace; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "workspace". */
export const WORKSPACE_STRINGS = defineStrings('workspace', {
  heading: fmt('org'),
  notification: dict(),
  announceNotification: fmt('what'),
  announceCommitment: fmt('title'),
});
