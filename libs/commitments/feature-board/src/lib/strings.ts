import { defineStrings, custom, dict, fmt, plural } from '@accord/portal/i18n';

/** Every word of the board; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "board". */
export const BOARD_STRINGS = defineStrings('board', {
  asOfNotice: fmt('day'),
  error: fmt('m'),
  results: plural('n'),
  live: dict<Record<string, string>>(),
  announce: {
    inserted: fmt('t'),
    updated: custom((m) => (t: string, status: string, pct: number | null) => (pct === null ? m('updated', { t, status }) : m('updatedPercent', { t, status, pct }))),
    removed: fmt('t'),
  },
  gcmOption: fmt('n', 'short'),
});
