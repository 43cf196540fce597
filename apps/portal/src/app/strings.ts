import { defineStrings } from '@accord/portal/i18n';

/** Words of the shell; the words themselves are in libs/portal/i18n/src/lib/translations/<lang>.json under "shell". */
export const SHELL_STRINGS = defineStrings('shell');
