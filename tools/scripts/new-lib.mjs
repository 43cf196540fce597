#!/usr/bin/env node
// Scaffolds a library the way every Accord lib is laid out, and registers its import path.
// usage: node tools/scripts/new-lib.mjs libs/<context>/<layer> scope:<context> type:<kind>
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [dir, ...tags] = process.argv.slice(2);
if (!dir || !tags.some((t) => t.startsWith('scope:')) || !tags.some((t) => t.startsWith('type:'))) {
  console.error('usage: new-lib.mjs libs/<context>/<layer> scope:<context> type:<kind>');
  process.exit(2);
}
const abs = join(root, dir);
const up = relative(abs, root);
const name = dir.replace(/^libs\//, '').replaceAll('/', '-');
const importPath = '@accord/' + dir.replace(/^libs\//, '');
if (existsSync(join(abs, 'project.json'))) {
  console.error(`${dir} exists`);
  process.exit(1);
}
mkdirSync(join(abs, 'src'), { recursive: true });
const json = (f, o) => writeFileSync(join(abs, f), JSON.stringify(o, null, 2) + '\n');
json('project.json', {
  name,
  $schema: `${up}/node_modules/nx/schemas/project-schema.json`,
  sourceRoot: `${dir}/src`,
  projectType: 'library',
  tags,
  targets: {},
});
json('tsconfig.json', {
  extends: `${up}/tsconfig.base.json`,
  compilerOptions: { outDir: `${up}/dist/out-tsc`, types: ['node', 'jest'] },
  include: ['src/**/*.ts'],
});
writeFileSync(join(abs, 'jest.config.cjs'), `module.exports = require('${up}/jest.preset.cjs').project(__dirname);\n`);
writeFileSync(join(abs, 'eslint.config.mjs'), `export { default } from '${up}/eslint.config.mjs';\n`);
if (!existsSync(join(abs, 'src/index.ts'))) writeFileSync(join(abs, 'src/index.ts'), '');
const basePath = join(root, 'tsconfig.base.json');
const base = JSON.parse(readFileSync(basePath, 'utf8'));
base.compilerOptions.paths[importPath] = [`${dir}/src/index.ts`];
base.compilerOptions.paths = Object.fromEntries(Object.entries(base.compilerOptions.paths).sort());
writeFileSync(basePath, JSON.stringify(base, null, 2) + '\n');
console.log(`${importPath} -> ${dir} [${tags.join(', ')}]`);
