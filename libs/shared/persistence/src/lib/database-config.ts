import { join } from 'node:path';

export type DatabaseTarget = { kind: 'server'; url: string } | { kind: 'embedded'; dataDir: string };

/** DATABASE_URL selects a PostgreSQL server; without it the embedded one keeps its data in ACCORD_DATA_DIR. */
export function databaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env['DATABASE_URL']) return { kind: 'server', url: env['DATABASE_URL'] };
  return { kind: 'embedded', dataDir: env['ACCORD_DATA_DIR'] ? join(env['ACCORD_DATA_DIR'], 'pg') : join(process.cwd(), '.accord-data', 'pg') };
}
