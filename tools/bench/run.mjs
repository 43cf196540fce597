#!/usr/bin/env node
// `npm run bench [-- --duration 10 --long --db embedded|postgres|both --rebuild-events N --only a,b --runs 3]`:
// benches: pgbench, write, e2e, fanout, rebuild (the default set) and slow3g (only when named: Chromium
// on Issue 7's Slow 3G profile against the built platform and portal, ACCORD_PORTAL_DIR to point elsewhere).
// runs the TypeScript benches through the same swc hook the messaging tests use.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!existsSync(join(root, 'dist', 'apps', 'platform', 'main.js'))) {
  console.log('[bench] building the platform first: npx nx build platform');
  const built = spawnSync('npx', ['nx', 'build', 'platform', '--output-style=static'], { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const hook = join(root, 'libs', 'shared', 'messaging', 'src', 'testing', 'ts-register.cjs');
const r = spawnSync(process.execPath, ['--max-old-space-size=3072', '-r', hook, join(root, 'tools', 'bench', 'src', 'main.ts'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
