import { defineStrings, custom, dict, fmt, formatPercent, plural } from '@accord/portal/i18n';

/** Every word of the follow-up pages; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "followUp". */
export const TRACKER_STRINGS = defineStrings('followUp', {
  tracker: { results: plural('n'), announce: plural('n', 'title') },
  recommendation: { announce: fmt('title') },
  scorecards: { pct: custom((m) => (v: number | null) => (v === null ? m('none') : formatPercent(v))) },
  errors: dict(),
  asOf: { notice: fmt('day') },
});

export function errorWords(key: string): string {
  return TRACKER_STRINGS.errors[key] ?? key;
}
