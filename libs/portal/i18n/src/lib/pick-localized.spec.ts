import { languageName, pickLocalized } from './pick-localized';

describe('pickLocalized', () => {
  const texts = [{ language: 'en-US', text: 'Flooding' }, { language: 'fr', text: 'Inondations' }];

  it('shows the reader’s language when the author wrote it', () => {
    expect(pickLocalized(texts, 'fr')).toEqual({ text: 'Inondations', language: 'fr', fallback: false });
    expect(pickLocalized({ ar: 'فيضانات', en: 'Flooding' }, 'ar')).toEqual({ text: 'فيضانات', language: 'ar', fallback: false });
  });

  it('falls back to English, then to the first text, and says so', () => {
    expect(pickLocalized(texts, 'ar')).toEqual({ text: 'Flooding', language: 'en-US', fallback: true });
    expect(pickLocalized({ ru: 'Наводнение' }, 'zh')).toEqual({ text: 'Наводнение', language: 'ru', fallback: true });
    expect(pickLocalized({}, 'zh')).toBeNull();
  });

  it('names languages in the reader’s language', () => {
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('en', 'fr')).toBe('anglais');
  });
});
