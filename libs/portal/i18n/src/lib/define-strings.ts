import en from './translations/en.json';
import { MessageArg, formatMessage } from './message-format';
import { Schema, Spec, Strings, isSpec } from './string-specs';
import { Translations, currentLanguage, loadedTranslations, lookup, valueAt } from './translation-state';

type Namespace = keyof typeof en;

const asText = (node: string | Translations | undefined, path: readonly string[]): string | Translations => node ?? path.join('.');

function message(path: readonly string[], params: Readonly<Record<string, MessageArg>>, countParam?: string): string {
  const node = asText(lookup(path), path);
  return formatMessage(node as string | Record<string, string>, params, currentLanguage(), countParam);
}

const dictionaries = new WeakMap<Translations, Readonly<Record<string, string>>>();

/** The English words with the current language's words over them, one frozen object per language. */
function dictionary(path: readonly string[]): Partial<Record<string, string>> {
  const lang = currentLanguage();
  const source = valueAt(loadedTranslations()['en'], path);
  const translated = valueAt(loadedTranslations()[lang], path) ?? source;
  if (!translated || typeof translated === 'string' || !source || typeof source === 'string') return {};
  let merged = dictionaries.get(translated);
  if (!merged) dictionaries.set(translated, (merged = Object.freeze({ ...(source as Record<string, string>), ...(translated as Record<string, string>) })));
  return merged;
}

/** A dictionary that answers in the current language on every read, so a component may keep it in a field. */
function liveDictionary(path: readonly string[]): Partial<Record<string, string>> {
  return new Proxy({} as Partial<Record<string, string>>, {
    get: (_, key) => (typeof key === 'string' ? dictionary(path)[key] : undefined),
    has: (_, key) => typeof key === 'string' && key in dictionary(path),
    ownKeys: () => Object.keys(dictionary(path)),
    getOwnPropertyDescriptor: (_, key) => {
      const value = typeof key === 'string' ? dictionary(path)[key] : undefined;
      return value === undefined ? undefined : { value, enumerable: true, configurable: true, writable: false };
    },
    set: () => false,
  });
}

function specValue(spec: Spec, path: readonly string[]): PropertyDescriptor {
  switch (spec.kind) {
    case 'fmt':
    case 'plural': {
      const countParam = spec.kind === 'plural' ? spec.params[0] : undefined;
      const call = (...args: MessageArg[]) => message(path, Object.fromEntries(spec.params.map((p, i) => [p, args[i]])), countParam);
      return { value: call, enumerable: true };
    }
    case 'dict':
      return { value: liveDictionary(path), enumerable: true };
    case 'custom': {
      const parent = path.slice(0, -1);
      return { value: spec.make((key, params) => message([...parent, key], params ?? {})), enumerable: true };
    }
  }
}

function build(path: readonly string[], source: Translations | undefined, schema: Schema | undefined): object {
  const node = {};
  const keys = new Set([...Object.keys(source ?? {}), ...Object.keys(schema ?? {})]);
  for (const key of keys) {
    const childPath = [...path, key];
    const spec = schema?.[key];
    const child = source?.[key];
    if (isSpec(spec)) Object.defineProperty(node, key, specValue(spec, childPath));
    else if (typeof child === 'string') Object.defineProperty(node, key, { get: () => asText(lookup(childPath), childPath), enumerable: true });
    else Object.defineProperty(node, key, { value: build(childPath, child, spec), enumerable: true });
  }
  return Object.freeze(node);
}

/**
 * The words of one namespace of the translation files, in the current language. Reading a word reads
 * the language signal, so templates re-render on a language switch; functions format at call time.
 */
export function defineStrings<N extends Namespace, S extends Schema = Record<never, never>>(namespace: N, schema?: S): Strings<(typeof en)[N], S> {
  return build([namespace], en[namespace] as Translations, schema) as Strings<(typeof en)[N], S>;
}
