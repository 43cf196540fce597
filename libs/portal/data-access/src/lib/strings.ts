import { defineStrings, fmt } from '@accord/portal/i18n';

/** Words for failures that every feature shows the same way; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "apiErrors". */
export const API_ERROR_STRINGS = defineStrings('apiErrors', { unexpected: fmt('m') });
