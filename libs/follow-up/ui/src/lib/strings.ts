import { defineStrings, dict, fmt, plural } from '@accord/portal/i18n';

/** Every word of the follow-up presentational components; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "followUpUi". */
export const FOLLOW_UP_UI_STRINGS = defineStrings('followUpUi', {
  response: dict(),
  state: dict(),
  table: { overdueDays: plural('n'), process: fmt('p', 'm') },
});
