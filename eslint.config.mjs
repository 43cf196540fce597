import nx from '@nx/eslint-plugin';

// Layer and context boundaries. A context reaches another only through its contracts lib; domain code
// imports no framework and no I/O. tools/lint-fixtures proves these rules still bite.
const layers = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
  { sourceTag: 'type:application', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util', 'type:application'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
  { sourceTag: 'type:infrastructure', onlyDependOnLibsWithTags: ['type:infrastructure', 'type:application', 'type:domain', 'type:contracts', 'type:util'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:ui', 'type:data-access', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  // Test support (test databases, launchers): used by specs of any layer, never by production code paths.
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:infrastructure', 'type:util', 'type:testing', 'type:contracts'] },
];
for (const layer of layers) if (layer.sourceTag !== 'type:app' && !layer.onlyDependOnLibsWithTags.includes('*')) layer.onlyDependOnLibsWithTags.push('type:testing');
const contexts = ['commitments', 'identity', 'crisis', 'consular', 'evacuations', 'follow-up', 'local-actions', 'assessments', 'subscriptions'];
// Any context may read another's published language (its contracts lib), nothing else of it.
const scopes = contexts.map((c) => ({ sourceTag: `scope:${c}`, onlyDependOnLibsWithTags: [`scope:${c}`, 'scope:shared', 'type:contracts'] }));

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/.angular', 'tools/bench/results'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?js$'],
          depConstraints: [
            ...layers,
            ...scopes,
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Domain code stays free of frameworks and I/O.
    files: ['libs/*/domain/**/*.ts', 'libs/shared/kernel/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'pg', 'kafkajs', 'socket.io', 'socket.io-client', 'fastify', '@angular/*', 'node:fs', 'fs'] },
      ],
    },
  },
];
