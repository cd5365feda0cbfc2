/** Browser tests: Playwright driving Debian's Chromium against the production build in dist/. */
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    setupFiles: ['tests/e2e/support/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // What a reader would notice within moments: a busy CI machine may take longer than the default second.
    expect: { poll: { timeout: 5_000 } },
    // One file at a time: two cores, and the sweep of every page keeps both busy.
    fileParallelism: false,
  },
})
