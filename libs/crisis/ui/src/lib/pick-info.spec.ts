import { languageName, pickInfo } from './pick-info';

const en = { language: 'en' };
const fr = { language: 'fr-CA' };
const ar = { language: 'ar' };

describe('pickInfo', () => {
  it('shows the reader’s language when the alert has it', () => {
    expect(pickInfo([en, ar], ['ar', 'en'])).toEqual({ info: ar, fallbackFrom: null, others: [en] });
  });
  it('matches the primary language (fr → fr-CA)', () => {
    expect(pickInfo([en, fr], ['fr-FR']).info).toBe(fr);
    expect(pickInfo([en, fr], ['fr-FR']).fallbackFrom).toBeNull();
  });
  it('falls back to the reader’s next language and says from which', () => {
    expect(pickInfo([en, ar], ['bn', 'en'])).toEqual({ info: en, fallbackFrom: 'bn', others: [ar] });
  });
  it('falls back to the alert’s first block when none of the reader’s languages is there', () => {
    expect(pickInfo([ar, en], ['bn'])).toEqual({ info: ar, fallbackFrom: 'bn', others: [en] });
    expect(pickInfo([], ['bn']).info).toBeNull();
  });
  it('names languages, or keeps a tag it cannot name', () => {
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('not a tag', 'en')).toBe('not a tag');
  });
});
