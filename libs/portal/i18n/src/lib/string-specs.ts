import { MessageArg } from './message-format';

/** A message with placeholders, called with its arguments in this order: fmt('org') → (org) => string. */
export interface FormatSpec<P extends readonly string[]> {
  readonly kind: 'fmt';
  readonly params: P;
}
/** Plural forms chosen by the first argument: plural('n', 'title') → (n, title) => string. */
export interface PluralSpec<P extends readonly [string, ...string[]]> {
  readonly kind: 'plural';
  readonly params: P;
}
/** Words looked up by a code from the server (a status, a kind): Partial<Record<code, words>>. */
export interface DictionarySpec<T extends Partial<Record<string, string>> = Partial<Record<string, string>>> {
  readonly kind: 'dict';
  /** type only: `Record<string, string>` when every code is known to have words */
  readonly shape?: T;
}
/** Choosing between messages needs code (e.g. a value that may be missing): the messages are siblings in the file. */
export type SiblingMessage = (key: string, params?: Readonly<Record<string, MessageArg>>) => string;
export interface CustomSpec<F> {
  readonly kind: 'custom';
  readonly make: (message: SiblingMessage) => F;
}
export type Spec = FormatSpec<readonly string[]> | PluralSpec<readonly [string, ...string[]]> | DictionarySpec | CustomSpec<unknown>;
export type Schema = { readonly [key: string]: Spec | Schema };

export const fmt = <const P extends readonly string[]>(...params: P): FormatSpec<P> => ({ kind: 'fmt', params });
export const plural = <const P extends readonly [string, ...string[]]>(...params: P): PluralSpec<P> => ({ kind: 'plural', params });
export const dict = <T extends Partial<Record<string, string>> = Partial<Record<string, string>>>(): DictionarySpec<T> => ({ kind: 'dict' });
export const custom = <F>(make: (message: SiblingMessage) => F): CustomSpec<F> => ({ kind: 'custom', make });

export const isSpec = (node: Spec | Schema | undefined): node is Spec =>
  !!node && typeof (node as { kind?: unknown }).kind === 'string' && ['fmt', 'plural', 'dict', 'custom'].includes((node as Spec).kind);

type Args<P extends readonly unknown[]> = { [I in keyof P]: MessageArg };

type ResolvedSpec<S> =
  S extends FormatSpec<infer P> ? (...args: Args<P>) => string
  : S extends PluralSpec<readonly [string, ...infer R extends string[]]> ? (count: number, ...rest: Args<R>) => string
  : S extends DictionarySpec<infer T> ? T
  : S extends CustomSpec<infer F> ? F
  : never;

type Node<J, S> = S extends Spec ? ResolvedSpec<S> : J extends string ? string : Strings<J, S extends Schema ? S : object>;

/** The words of a namespace: its keys come from the English file, functions and dictionaries from the schema. */
export type Strings<J, S> = { readonly [K in keyof J | keyof S]: Node<K extends keyof J ? J[K] : unknown, K extends keyof S ? S[K] : unknown> };
