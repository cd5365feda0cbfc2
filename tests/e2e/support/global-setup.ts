import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
// @ts-expect-error: a plain ES module script without types
import { CHROMIUM_FLAGS, ensureChromium } from '../../../scripts/ensure-chromium.mjs'
// @ts-expect-error: a plain ES module script without types
import { createStaticServer } from '../../../scripts/serve.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /** Where each test file connects to the one Chromium of the run (tests/e2e/support/setup.ts). */
    browserEndpoint: string
  }
}

/**
 * Once for all browser tests: serves dist/ (built by `npm test` before this runs; E2E_DIST names another
 * build) and starts one Chromium, which every test file connects to instead of launching its own.
 */
export default async function setup(project: TestProject) {
  const executablePath = (ensureChromium as () => string)()
  const server = (createStaticServer as (options: { dir: string }) => Server)({ dir: process.env.E2E_DIST ?? 'dist' })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const browserServer = await chromium.launchServer({ executablePath, args: CHROMIUM_FLAGS as string[] })
  const { port } = server.address() as AddressInfo
  project.provide('baseUrl', `http://127.0.0.1:${port}`)
  project.provide('browserEndpoint', browserServer.wsEndpoint())
  return async () => {
    await browserServer.close()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
