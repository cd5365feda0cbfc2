import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', '.vite-ssg-temp/**', 'node_modules/**', '.test-results/**', 'dev-dist/**', '.bench/**'] },
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
    // The app's code may use the schema's types but never the schema itself: zod would ship to every
    // phone and its eval probe trips the Content-Security-Policy. Run-time constants are in fiscal-years.ts.
    files: ['src/**'],
    ignores: ['src/data/schema.ts', 'src/data/validate.ts', 'src/data/open-data.ts', 'src/data/integrity.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Validation happens at build time (src/data/validate.ts), not in the browser.', allowTypeImports: true },
            { name: '@/data/schema', message: 'Import types only; run-time constants are in @/data/fiscal-years.', allowTypeImports: true },
            { name: './schema', message: 'Import types only; run-time constants are in ./fiscal-years.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'build/**', 'tests/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
)
