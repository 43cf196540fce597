import { defineStrings, dict, fmt } from '@accord/portal/i18n';

/** Every word of the consular presentational components; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "consularUi". */
export const CONSULAR_UI_STRINGS = defineStrings('consularUi', {
  caseStatus: dict(),
  service: dict(),
  purpose: dict(),
  legalBasis: dict(),
  cases: { update: fmt('name'), anonymous: fmt('i') },
});
