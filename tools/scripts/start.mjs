#!/usr/bin/env node
// `npm start`: build the platform and the portal (cached by Nx after the first time), then run them in
// one process on the embedded defaults: embedded PostgreSQL in ./.accord-data, embedded event transport,
// demo data on first start, everything on http://localhost:3000.
import { spawn, spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'platform', 'portal', '--output-style=static'], { cwd: root, env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/platform/main.js')], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
