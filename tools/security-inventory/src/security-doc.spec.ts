import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { platformRoutes } from './platform-routes';
import { GENERATED_END, GENERATED_START, renderSecurityTables, withGeneratedTables } from './security-doc';

const REGENERATE = 'node -r ./libs/shared/messaging/src/testing/ts-register.cjs tools/security-inventory/src/write-security-doc.ts';

describe('docs/security.md', () => {
  const routes = platformRoutes();
  const tables = renderSecurityTables(routes);

  it(`lists every endpoint and room with its current rule (out of date? run: ${REGENERATE})`, () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'security.md'), 'utf8');
    expect(withGeneratedTables(doc, tables)).toBe(doc);
  });

  it('has one row per route and per permission, and notices a change', () => {
    for (const r of routes) expect(tables).toContain(`| ${r.method} | \`${r.path}\` |`);
    const changed = renderSecurityTables([...routes, { method: 'POST', path: '/api/new-thing', handler: 'X.y', isPublic: false, permission: null }]);
    expect(changed).toContain('| POST | `/api/new-thing` | **none: refused (403)** |');
    const doc = `intro\n\n${tables}\n\noutro\n`;
    expect(withGeneratedTables(doc, changed)).not.toBe(doc);
    expect(withGeneratedTables(doc, changed).startsWith('intro')).toBe(true);
    expect(withGeneratedTables(doc, changed).endsWith('outro\n')).toBe(true);
    expect(tables.startsWith(GENERATED_START) && tables.endsWith(GENERATED_END)).toBe(true);
  });
});
