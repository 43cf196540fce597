#!/usr/bin/env node
// `npm test`: build what the end-to-end tests start, lint the boundaries, run every jest project on
// the embedded database AND (when one answers, always in CI) on the real PostgreSQL server.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ci = process.env.CI === 'true' || process.env.CI === '1';
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
const extraArgs = process.argv.slice(2);

function run(title, cmd, args) {
  console.log(`\n== ${title}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  console.log(`== ${title}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status ?? 1;
}

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const candidate = process.env.ACCORD_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
if (await reachable(candidate)) {
  env.ACCORD_TEST_PG_URL = candidate;
  console.log(`[accord] real PostgreSQL found at ${candidate.replace(/\/\/[^@]*@/, '//')}: integration suites run on it AND on the embedded database`);
} else if (ci) {
  console.error(`[accord] CI: no PostgreSQL server answers at ${candidate}; the real-server suites must not skip in CI`);
  process.exit(1);
} else {
  delete env.ACCORD_TEST_PG_URL;
  console.warn('[accord] no PostgreSQL server answers at 127.0.0.1:5432: the real-PostgreSQL suites did NOT run (embedded database only)');
}
if (!existsSync('/usr/bin/chromium')) {
  if (ci) {
    console.error('[accord] CI: /usr/bin/chromium is missing (apt-get install -y chromium); browser tests must not skip in CI');
    process.exit(1);
  }
  console.warn('[accord] /usr/bin/chromium is missing: the browser tests will SKIP (apt-get install -y chromium)');
}
env.ACCORD_REQUIRE_CHROMIUM = ci ? 'true' : env.ACCORD_REQUIRE_CHROMIUM ?? 'false';

let failed = run('build', 'npx', ['nx', 'run-many', '-t', 'build', '--output-style=static', '--parallel=1']);
if (failed) process.exit(failed);
failed = run('lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--output-style=static', '--parallel=2']);
mkdirSync(join(root, 'tmp'), { recursive: true });
const report = join(root, 'tmp', 'jest-report.json');
const jestStatus = run('tests', 'npx', ['jest', '--ci', '--maxWorkers=2', '--json', `--outputFile=${report}`, ...extraArgs]);
failed = failed || jestStatus;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = r.numPendingTests + r.numTodoTests;
  // A suite that fails to load has no failed test of its own: count it, or the line would read green.
  const failedCount = r.numFailedTests + r.numRuntimeErrorTestSuites;
  if (r.numRuntimeErrorTestSuites) console.log(`${r.numRuntimeErrorTestSuites} test file(s) failed to run`);
  console.log(`\n${r.numPassedTests} passed, ${failedCount} failed, ${skipped} skipped`);
}
process.exit(failed ? 1 : 0);
