import { Client } from 'pg';

/** Statements one connection keeps prepared; past this, new texts run unnamed as before. */
export const MAX_PREPARED_PER_CONNECTION = 256;
/** Texts seen once, waiting for a second use to be prepared; forgotten all at once past this. */
const MAX_SEEN_ONCE = 4_096;

type Query = (this: Client, ...args: unknown[]) => unknown;
const plainQuery = Client.prototype.query as unknown as Query;
interface Prepared {
  readonly names: Map<string, string>;
  readonly seenOnce: Set<string>;
}
const preparedByClient = new WeakMap<Client, Prepared>();

/**
 * A pg Client that prepares each parameterised statement used more than once per connection (a named
 * statement: parsed once, then only Bind and Execute). Our command statements are short to run and long to
 * parse and plan: pgbench ran the CTE that logs a commitment at 5,208 tps unprepared, 7,037 prepared
 * with a custom plan each time (what dataSourceOptions sets) and 9,797 with PostgreSQL's generic plans,
 * which we do not use: one chosen while a table is small stays a sequential scan as it grows.
 * For a PostgreSQL server only: PGlite is one session behind all its connections, which would see
 * (and collide on) each other's statement names.
 */
export class PreparingClient extends Client {}

(PreparingClient.prototype as unknown as { query: Query }).query = function (this: Client, ...args: unknown[]): unknown {
  const [text, values, ...rest] = args;
  if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
    const name = statementName(this, text);
    if (name) return plainQuery.call(this, { name, text, values }, ...rest);
  }
  return plainQuery.apply(this, args);
};

/** A name from a text's second use on: one-off statements (migrations, demo data) never take a place. */
function statementName(client: Client, text: string): string | undefined {
  let p = preparedByClient.get(client);
  if (!p) preparedByClient.set(client, (p = { names: new Map(), seenOnce: new Set() }));
  const known = p.names.get(text);
  if (known || p.names.size >= MAX_PREPARED_PER_CONNECTION) return known;
  if (!p.seenOnce.delete(text)) {
    if (p.seenOnce.size >= MAX_SEEN_ONCE) p.seenOnce.clear();
    p.seenOnce.add(text);
    return undefined;
  }
  const name = `accord_${p.names.size + 1}`;
  p.names.set(text, name);
  return name;
}
