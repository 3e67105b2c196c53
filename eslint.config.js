// ESLint: the recommended rules of JavaScript, eslint-plugin-astro and
// typescript-eslint's type-checked set (rules that need the types, such as
// floating promises and unsafe `any`), run with --max-warnings 0 by `npm run check`.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.dist-staging/', '.dist-previous/', '.astro/', 'node_modules/', 'test-output/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // typescript-eslint's type information does not reach inside .astro files
    // (every JSX expression reads as an error type), so `astro check` type-checks
    // them instead; plain JavaScript config files have no types to check.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
