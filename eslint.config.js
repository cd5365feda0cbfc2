import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', '.vite-ssg-temp/**', 'node_modules/**', '.test-results/**', 'dev-dist/**', '.bench/**', '.fixture-results/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommendedTypeChecked,
  {
    rules: {
      // Formatting is not the linter's job here; these rules only fight the code's layout.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/no-v-html': 'error',
      'vue/block-lang': ['error', { script: { lang: 'ts' } }],
      'vue/component-api-style': ['error', ['script-setup']],
      'vue/define-props-declaration': ['error', 'type-based'],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The browser/Node split is the folder: src/node/ runs at build time only (Node APIs, zod, the schemas'
    // values); src/schema/ holds the schemas, whose types the app uses. Everything else in src/ may reach a
    // phone, so it takes only types from those two, never zod (its eval probe trips the Content-Security-Policy)
    // and never Node's built-in modules.
    files: ['src/**'],
    ignores: ['src/node/**', 'src/schema/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Validation happens at build time (src/node/), not in the browser.', allowTypeImports: true }],
          patterns: [
            { group: ['@/node/*', '**/node/*'], message: 'src/node/ runs at build time only; the app may import its types.', allowTypeImports: true },
            { group: ['@/schema/*', '**/schema/*'], message: 'The schemas validate at build time; the app imports their types only.', allowTypeImports: true },
            { group: ['node:*'], message: 'Node built-ins belong in src/node/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'src/node/**', 'tests/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
)
