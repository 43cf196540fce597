import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

interface LintResult {
  messages: { ruleId: string | null; line: number }[];
}

// A rule set nothing proves can decay to "*" unnoticed: this fixture must keep failing the boundary rule.
describe('module boundaries', () => {
  it('refuse a domain lib importing infrastructure, the runtime, or another context', () => {
    const root = join(__dirname, '..', '..');
    const file = join(__dirname, 'forbidden-domain/src/forbidden-import.ts');
    // The rule reads Nx's cached project graph: refresh it so the fixture project is in it.
    const graph = spawnSync(process.execPath, [join(root, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'], { cwd: root, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } });
    expect(graph.stdout).toContain('lint-fixture-forbidden-domain');
    const run = spawnSync(process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', file], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as LintResult[];
    const boundary = result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries');
    expect(boundary.map((m) => m.line).sort()).toEqual([3, 4, 5]);
  });
});
