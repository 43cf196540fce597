import { defineStrings, dict, fmt, plural } from '@accord/portal/i18n';

/** Every word this lib shows; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "commitmentsUi". */
export const UI_STRINGS = defineStrings('commitmentsUi', {
  status: dict(),
  evidenceLevel: dict(),
  kind: dict(),
  joint: plural('n'),
  shareOf: fmt('name'),
  gcmObjective: fmt('n'),
  gcmShort: fmt('n'),
  sdgTarget: fmt('code'),
  sdgShort: fmt('code'),
  timeline: { progress: fmt('p'), status: fmt('s'), from: fmt('s'), coOwner: fmt('name'), shareStatus: fmt('who', 's'), by: fmt('who') },
  pagination: { position: fmt('page', 'pages', 'total') },
});
