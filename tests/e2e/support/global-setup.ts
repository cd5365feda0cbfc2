import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { TestProject } from 'vitest/node'
// @ts-expect-error: a plain ES module script without types
import { ensureChromium } from '../../../scripts/ensure-chromium.mjs'
// @ts-expect-error: a plain ES module script without types
import { createStaticServer } from '../../../scripts/serve.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    chromiumPath: string
  }
}

/** Serves dist/ (built by `npm test` before this runs; E2E_DIST names another build) and finds Chromium once for all browser tests. */
export default async function setup(project: TestProject) {
  const chromiumPath = (ensureChromium as () => string)()
  const server = (createStaticServer as (options: { dir: string }) => Server)({ dir: process.env.E2E_DIST ?? 'dist' })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  project.provide('baseUrl', `http://127.0.0.1:${port}`)
  project.provide('chromiumPath', chromiumPath)
  return () => new Promise<void>((resolve) => server.close(() => resolve()))
}
