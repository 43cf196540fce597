import { defineStrings, dict, fmt, plural } from '@accord/portal/i18n';

/** Every word of the local-action pages; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "localActions". */
export const LOCAL_ACTION_STRINGS = defineStrings('localActions', {
  feed: { results: plural('n'), announce: fmt('city', 'title') },
  create: { intro: fmt('org') },
  errors: dict(),
});

export const words = (key: string | undefined): string | null => (key ? (LOCAL_ACTION_STRINGS.errors[key] ?? key) : null);
