import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, Language } from './languages';
import { Translations } from './translation-state';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const file = (lang: Language): Translations => JSON.parse(readFileSync(join(__dirname, 'translations', `${lang}.json`), 'utf8'));
const isPlural = (node: Translations) => Object.keys(node).includes('other') && Object.keys(node).every((k) => /^(zero|one|two|few|many|other|=\d+)$/.test(k));

/** Every message of a file by its full key; plural forms stay together as one message. */
function messages(node: Translations, prefix = ''): Map<string, string | Translations> {
  const out = new Map<string, string | Translations>();
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || isPlural(value)) out.set(path, value);
    else messages(value, path).forEach((v, k) => out.set(k, v));
  }
  return out;
}

const placeholders = (message: string | Translations): string[] =>
  [...new Set((typeof message === 'string' ? [message] : Object.values(message as Record<string, string>)).flatMap((m) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

const english = messages(file('en'));

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the %s translation file', (lang) => {
  const translated = messages(file(lang));

  it('has every key of the English file and no other', () => {
    expect([...english.keys()].filter((k) => !translated.has(k))).toEqual([]);
    expect([...translated.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it('keeps the placeholders of each English message', () => {
    const wrong = [...english].filter(([k, m]) => translated.has(k) && placeholders(translated.get(k) ?? '').join() !== placeholders(m).join()).map(([k]) => k);
    expect(wrong).toEqual([]);
  });

  it('gives every plural form the language needs', () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const missing = [...english]
      .filter(([, m]) => typeof m !== 'string')
      .flatMap(([k]) => {
        const forms = translated.get(k);
        return typeof forms === 'string' || !forms ? [k] : categories.filter((c) => !(c in forms)).map((c) => `${k}.${c}`);
      });
    expect(missing).toEqual([]);
  });

  it('leaves no message empty', () => {
    expect([...translated].filter(([, m]) => (typeof m === 'string' ? [m] : Object.values(m as Record<string, string>)).some((t) => !t.trim())).map(([k]) => k)).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
  });
}

describe('the keys the portal uses', () => {
  const files = [join(ROOT, 'apps', 'portal', 'src'), join(ROOT, 'libs')].flatMap(sourceFiles);

  it('exist in the English file when a template asks the t pipe or I18nService.t for them', () => {
    const used = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      const keys = [...text.matchAll(/'([a-zA-Z]\w*(?:\.\w+)+)'\s*\|\s*t\b/g), ...text.matchAll(/\bi18n\.t\(\s*'([a-zA-Z]\w*(?:\.\w+)+)'/g)].map((m) => m[1]);
      return keys.map((k) => ({ k, f }));
    });
    const unknown = used.filter(({ k }) => !english.has(k)).map(({ k, f }) => `${k} in ${f.slice(ROOT.length + 1)}`);
    expect(unknown).toEqual([]);
  });

  it('include every route title, so the tab title is translated too', () => {
    const titles = new Set(Object.values(file('en')['titles'] as Record<string, string>));
    const used = files.filter((f) => f.endsWith('.routes.ts')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\btitle:\s*'([^']+)'/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((t) => !titles.has(t))).toEqual([]);
  });

  it('name a namespace of the English file whenever a lib defines its strings', () => {
    const namespaces = new Set(Object.keys(file('en')));
    const used = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/defineStrings\(\s*'(\w+)'/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((n) => !namespaces.has(n))).toEqual([]);
  });
});
