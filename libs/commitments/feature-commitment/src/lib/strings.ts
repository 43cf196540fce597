import { defineStrings, dict, fmt, plural } from '@accord/portal/i18n';

/** Every word of the commitment pages; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "commitment". */
export const COMMITMENT_STRINGS = defineStrings('commitment', {
  loadError: fmt('m'),
  liveChanged: fmt('t'),
  asOfNotice: fmt('day'),
  status: { done: fmt('s') },
  create: { intro: fmt('org'), sdgRemove: fmt('c') },
  coOwner: { done: fmt('name') },
  changes: { results: plural('n'), event: dict() },
  errors: dict<Record<string, string>>(),
});
