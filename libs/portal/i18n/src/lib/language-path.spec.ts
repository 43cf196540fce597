import { splitLanguagePrefix, withLanguagePrefix } from './language-path';

describe('language prefixes in addresses', () => {
  it.each([
    ['/ar/commitments/1?x=2', 'ar', '/commitments/1?x=2'],
    ['/ar', 'ar', '/'],
    ['/zh/', 'zh', '/'],
    ['/en/board', 'en', '/board'],
    ['/board', null, '/board'],
    ['/arc/x', null, '/arc/x'],
    ['/de/board', null, '/de/board'],
  ])('%s names %s and the page %s', (path, lang, rest) => {
    expect(splitLanguagePrefix(path)).toEqual({ lang, rest });
  });

  it('keeps English addresses plain and prefixes the others', () => {
    expect(withLanguagePrefix('/board?x=1', 'en')).toBe('/board?x=1');
    expect(withLanguagePrefix('/board?x=1', 'ar')).toBe('/ar/board?x=1');
    expect(withLanguagePrefix('/', 'fr')).toBe('/fr/');
  });
});
