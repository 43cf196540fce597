import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface RebuildResult {
  readonly events: number;
  readonly writeRowsPerSecond: number;
  readonly perEventPathEventsPerSecond: number;
  readonly batchedEventsPerSecond: number;
  readonly batchedSeconds: number;
  readonly applied: number;
  readonly skipped: number;
  readonly refused: number;
  readonly timelineRows: number;
  readonly rssBeforeMb: number;
  readonly peakRssMb: number;
}

const ROOT = join(__dirname, '..', '..', '..');
const HOOK = join(ROOT, 'libs', 'shared', 'messaging', 'src', 'testing', 'ts-register.cjs');

/** Runs rebuild.child.ts in its own process against `url` and returns its RESULT line. */
export function rebuild(url: string, events: number, perEventSeconds: number): Promise<RebuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=2048', '-r', HOOK, join(__dirname, 'rebuild.child.ts'), url, String(events), String(perEventSeconds)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      process.stdout.write(d.toString().split('\n').filter((l) => l && !l.startsWith('RESULT')).map((l) => `${l}\n`).join(''));
    });
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice(7)) as RebuildResult);
      else reject(new Error(`rebuild child exited ${code}`));
    });
  });
}
