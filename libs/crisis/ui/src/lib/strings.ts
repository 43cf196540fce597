import { defineStrings, dict, fmt } from '@accord/portal/i18n';

/** Every word of the crisis presentational components; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "crisisUi". */
export const CRISIS_UI_STRINGS = defineStrings('crisisUi', {
  map: { label: fmt('country') },
  kind: dict(),
  status: dict(),
  cap: { closed: fmt('reason'), fallback: fmt('wanted', 'shown'), inLanguage: fmt('language') },
  needs: dict(),
  evacuation: { nationality: fmt('n'), movements: dict() },
  field: { pointsLabel: fmt('n'), direction: dict(), sex: dict(), ageBand: dict(), incident: dict(), need: dict() },
});
