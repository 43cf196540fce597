import { defineStrings } from '@accord/portal/i18n';

/** Every word of the assessment section of a commitment page; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "assessments". */
export const ASSESSMENT_STRINGS = defineStrings('assessments');
