import { defineStrings, fmt } from '@accord/portal/i18n';

/** Every word of the sign-in page; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "auth". */
export const AUTH_STRINGS = defineStrings('auth', { failed: fmt('m') });
