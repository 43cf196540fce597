import { defineStrings, dict, fmt } from '@accord/portal/i18n';

/** Every word of the consular pages; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "consular". */
export const CONSULAR_STRINGS = defineStrings('consular', {
  create: { removeCase: fmt('i'), caseHeading: fmt('i') },
  request: { statusName: dict(), announce: fmt('type'), reasons: dict() },
  errors: dict(),
});

export const errorWords = (key: string | undefined): string | null => (key ? (CONSULAR_STRINGS.errors[key] ?? key) : null);
