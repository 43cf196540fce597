import { readerLanguages } from './reader-languages';

describe('readerLanguages', () => {
  it('puts the browser’s languages first while the portal shows its default language', () => {
    expect(readerLanguages('en', 'en', ['bn-BD', 'bn', 'en'])).toEqual(['bn-BD', 'bn', 'en']);
  });
  it('puts a portal language the reader chose first', () => {
    expect(readerLanguages('fr', 'en', ['bn', 'en'])).toEqual(['fr', 'bn', 'en']);
  });
});
