// Lint for every package. Its main job is the layering: each nx project carries a
// `layer:*` tag, and @nx/enforce-module-boundaries refuses an import that points up.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/temp/**', '**/.vitest/**', '**/test/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-constant-condition': ['error', { checkLoops: false }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'layer:allocator', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'layer:gil', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'layer:compiler', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'layer:runtime-state', onlyDependOnLibsWithTags: ['layer:allocator', 'layer:gil'] },
            { sourceTag: 'layer:interpreter', onlyDependOnLibsWithTags: ['layer:runtime-state', 'layer:compiler', 'layer:allocator', 'layer:gil'] },
            { sourceTag: 'layer:channels', onlyDependOnLibsWithTags: ['layer:runtime-state', 'layer:allocator', 'layer:gil'] },
            { sourceTag: 'layer:capi', onlyDependOnLibsWithTags: ['layer:interpreter', 'layer:channels', 'layer:runtime-state', 'layer:compiler', 'layer:allocator', 'layer:gil'] },
            { sourceTag: 'layer:modules', onlyDependOnLibsWithTags: ['layer:capi'] },
            { sourceTag: 'layer:cli', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'layer:tools', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'layer:bench', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
    },
  },
  {
    // Config files reach the shared root config by path; that is not a layering question.
    files: ['**/vitest.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
