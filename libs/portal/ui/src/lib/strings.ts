import { defineStrings, dict, fmt, plural } from '@accord/portal/i18n';

/** Words of the shared presentational components; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "portalUi". */
export const PORTAL_UI_STRINGS = defineStrings('portalUi', {
  live: dict(),
  connection: { waiting: plural('n'), sending: plural('n'), refused: fmt('reason') },
  pager: { position: fmt('page', 'pages', 'total') },
  percent: fmt('n'),
  ofTarget: fmt('done', 'target'),
});
