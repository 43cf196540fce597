export type DbKind = 'embedded' | 'postgres';
export type BenchName = 'write' | 'e2e' | 'fanout' | 'rebuild' | 'pgbench' | 'floor' | 'slow3g';
export const ALL_BENCHES: readonly BenchName[] = ['pgbench', 'floor', 'write', 'e2e', 'fanout', 'rebuild'];
/** Run only when named (`--only slow3g`): it needs Chromium and the built portal. */
export const KNOWN_BENCHES: readonly BenchName[] = [...ALL_BENCHES, 'slow3g'];

export interface BenchArgs {
  readonly durationS: number;
  readonly long: boolean;
  readonly dbs: readonly DbKind[];
  readonly rebuildEvents: number;
  readonly only: readonly BenchName[];
  readonly pgServerUrl: string;
  readonly cpuProf: boolean;
  /** Measured page loads of the slow3g bench (after one warm-up load). */
  readonly runs: number;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const long = argv.includes('--long');
  const db = value('--db') ?? 'both';
  if (!['embedded', 'postgres', 'both'].includes(db)) throw new Error(`--db must be embedded, postgres or both (got ${db})`);
  const only = (value('--only') ?? ALL_BENCHES.join(',')).split(',').map((s) => s.trim());
  const unknown = only.filter((o) => !KNOWN_BENCHES.includes(o as BenchName));
  if (unknown.length) throw new Error(`--only: unknown bench ${unknown.join(', ')} (known: ${KNOWN_BENCHES.join(', ')})`);
  return {
    durationS: Number(value('--duration') ?? (long ? 60 : 10)),
    long,
    dbs: db === 'both' ? ['postgres', 'embedded'] : [db as DbKind],
    rebuildEvents: Number(value('--rebuild-events') ?? 1_000_000),
    only: only as BenchName[],
    pgServerUrl: process.env['ACCORD_BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    cpuProf: argv.includes('--cpu-prof'),
    runs: Number(value('--runs') ?? 3),
  };
}
