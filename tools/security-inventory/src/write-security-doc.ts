// Regenerates the permission, endpoint and room tables of docs/security.md from PERMISSIONS and the
// platform's route metadata. Usage: node -r ./libs/shared/messaging/src/testing/ts-register.cjs tools/security-inventory/src/write-security-doc.ts
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { platformRoutes } from './platform-routes';
import { renderSecurityTables, withGeneratedTables } from './security-doc';

const file = join(__dirname, '..', '..', '..', 'docs', 'security.md');
const before = readFileSync(file, 'utf8');
const after = withGeneratedTables(before, renderSecurityTables(platformRoutes()));
if (after === before) console.log('docs/security.md: up to date');
else {
  writeFileSync(file, after);
  console.log('docs/security.md: tables regenerated');
}
