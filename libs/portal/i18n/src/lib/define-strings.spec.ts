import { computed } from '@angular/core';
import { defineStrings } from './define-strings';
import { custom, dict, fmt, plural } from './string-specs';
import { currentLanguage, loadedTranslations } from './translation-state';
import ar from './translations/ar.json';
import ru from './translations/ru.json';
import fr from './translations/fr.json';
import { Translations } from './translation-state';

describe('defineStrings', () => {
  const S = defineStrings('board', {
    results: plural('n'),
    error: fmt('m'),
    live: dict(),
    announce: { updated: custom((m) => (t: string, pct: number | null) => (pct === null ? m('updated', { t, status: 'x' }) : m('updatedPercent', { t, status: 'x', pct }))) },
  });
  const keep = S.live; // a reference kept in a field must follow the language too

  beforeAll(() => loadedTranslations.update((all) => ({ ...all, ar: ar as Translations, ru: ru as Translations, fr: fr as Translations })));
  afterEach(() => currentLanguage.set('en'));

  it('reads words in the current language and switches without rebuilding', () => {
    expect(S.heading).toBe('Commitment board');
    currentLanguage.set('fr');
    expect(S.heading).toBe((fr as { board: { heading: string } }).board.heading);
    expect(S.heading).not.toBe('Commitment board');
  });

  it('chooses plural forms by the language rules and writes numbers its way', () => {
    expect([S.results(1), S.results(2), S.results(1200)]).toEqual(['1 commitment', '2 commitments', '1,200 commitments']);
    currentLanguage.set('ru');
    const [one, few, many] = [S.results(1), S.results(3), S.results(5)];
    expect(new Set([one.replace(/\d/g, ''), few.replace(/\d/g, ''), many.replace(/\d/g, '')]).size).toBe(3);
    expect(S.results(1200)).toContain(new Intl.NumberFormat('ru').format(1200)); // "1 200", a narrow space
    currentLanguage.set('ar');
    expect(S.results(2)).not.toContain('2'); // Arabic has a dual form without the number
  });

  it('fills placeholders and picks sibling messages in custom functions', () => {
    expect(S.error('timeout')).toBe('The board could not be loaded: timeout');
    expect(S.announce.updated('Fee cap', null)).toBe('Updated: Fee cap. x');
    expect(S.announce.updated('Fee cap', 40)).toBe('Updated: Fee cap. x, 40%');
  });

  it('gives dictionaries as plain objects in the current language', () => {
    expect(Object.keys(S.live)).toEqual(['connecting', 'live', 'offline']);
    currentLanguage.set('ar');
    expect(S.live['live']).toBe((ar as { board: { live: { live: string } } }).board.live.live);
    expect(keep['live']).toBe(S.live['live']); // a dictionary kept in a field follows the language too
    expect(Object.entries(keep).length).toBe(3);
  });

  it('makes a reader of a word re-run when the language changes', () => {
    const heading = computed(() => `${S.heading} · ${S.live['live']}`);
    expect(heading()).toBe('Commitment board · Live: updates appear as they happen');
    currentLanguage.set('fr');
    const french = (fr as { board: { heading: string; live: { live: string } } }).board;
    expect(heading()).toBe(`${french.heading} · ${french.live.live}`);
  });
});
