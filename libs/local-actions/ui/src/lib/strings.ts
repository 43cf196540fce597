import { defineStrings, dict, plural } from '@accord/portal/i18n';

/** Every word of the local-action presentational components; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "localActionsUi". */
export const LOCAL_ACTION_UI_STRINGS = defineStrings('localActionsUi', {
  status: dict(),
  beneficiaries: plural('n'),
  linkedCommitments: plural('n'),
  linkedRecommendations: plural('n'),
});
