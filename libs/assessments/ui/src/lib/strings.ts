import { defineStrings, dict, fmt, plural } from '@accord/portal/i18n';

/** Every word of the assessment presentational components; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "assessmentsUi". */
export const ASSESSMENT_UI_STRINGS = defineStrings('assessmentsUi', {
  rating: dict(),
  status: dict(),
  by: fmt('name'),
  contests: fmt('s'),
  evidence: fmt('n'),
  beneficiaries: plural('n'),
  localStatus: dict(),
  graphSummary: fmt('r', 'l'),
});
