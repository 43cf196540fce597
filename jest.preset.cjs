// One transform for every project: swc is several times faster than ts-jest on two cores and emits
// the decorator metadata NestJS and TypeORM need. @electric-sql ships ESM with `await import()`, so it
// is transformed too.
const path = require('node:path');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const swc = [
  require.resolve('@swc/jest'),
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

/** Jest settings for the project whose folder is `dir`. */
function project(dir, extra = {}) {
  return {
    displayName: path.relative(__dirname, dir),
    rootDir: dir,
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j|mj|cj)s$': swc },
    // ESM-only packages reached from our code under jest (CommonJS): transformed like our own.
    transformIgnorePatterns: ['/node_modules/(?!(@electric-sql|content-disposition)/)'],
    moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
    moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: __dirname + '/' }),
    testMatch: ['<rootDir>/**/?(*.)+(spec|int-spec|e2e-spec|contract-spec).ts'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    ...extra,
  };
}

module.exports = { project };
