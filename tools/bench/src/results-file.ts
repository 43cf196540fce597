import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', 'results');

/** Writes results/<timestamp>.json and results/latest.json; returns the timestamped path. */
export function writeResults(results: object): string {
  mkdirSync(DIR, { recursive: true });
  const text = `${JSON.stringify(results, null, 2)}\n`;
  const file = join(DIR, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, text);
  writeFileSync(join(DIR, 'latest.json'), text);
  return file;
}
