import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const XSD = join(__dirname, '..', 'CAP-v1.2.xsd');

/** Validates with libxml2's xmllint (apt: libxml2-utils) against the OASIS schema; --nonet: no fetching. */
export function validateCap(xml: string): { valid: boolean; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', XSD, '-'], { input: xml });
  if (run.error) throw run.error;
  return { valid: run.status === 0, output: `${run.stdout.toString()}${run.stderr.toString()}` };
}
