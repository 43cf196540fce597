const { readdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');

// Every project folder with a jest.config.cjs takes part in `npm test`.
function projects(dir, depth) {
  if (existsSync(join(__dirname, dir, 'jest.config.cjs'))) return [`<rootDir>/${dir}`];
  if (depth === 0 || !existsSync(join(__dirname, dir))) return [];
  return readdirSync(join(__dirname, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'node_modules' && d.name !== 'src')
    .flatMap((d) => projects(`${dir}/${d.name}`, depth - 1));
}

// testTimeout is a global option (jest ignores it per project): the ceiling for the slowest e2e steps.
module.exports = { testTimeout: 60_000, projects: [...projects('apps', 1), ...projects('libs', 3), ...projects('tools', 2), ...projects('infra', 0)] };
