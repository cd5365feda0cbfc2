/**
 * A new deploy: the open app tells the reader, in their language, and only
 * on their consent reloads into the new version, never mixing old and new.
 * (Without a service worker the app simply runs: every other browser test's phone blocks it.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ES module script without types
import { createStaticServer } from '../../scripts/serve.mjs'
import { newPage, serviceWorkerInControl } from './support/setup'

const startServer = createStaticServer as (options: { dir: string }) => Server
let server: Server
let port = 0
const site = mkdtempSync(join(tmpdir(), 'deploy-'))

async function serve(): Promise<void> {
  server = startServer({ dir: site })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
}

/** Deploys "version 2": the English home page changes, and the worker's precache revision for it with it. */
async function deployNewVersion(): Promise<void> {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  const page = join(site, 'en.html')
  writeFileSync(page, readFileSync(page, 'utf8').replace('<head>', '<head><meta name="deploy" content="v2">'))
  const worker = join(site, 'sw.js')
  writeFileSync(worker, readFileSync(worker, 'utf8').replace(/(\{url:"en\.html",revision:")[^"]+/, '$1v2-deploy'))
  await serve()
}

beforeAll(async () => {
  cpSync('dist', site, { recursive: true })
  await serve()
})

afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()))
  rmSync(site, { recursive: true, force: true })
})

describe('a new version', () => {
  it('is announced in the reader’s language and loaded when they accept', async () => {
    const page = await newPage({ locale: 'en-US', serviceWorkers: 'allow' })
    await page.goto(`http://127.0.0.1:${port}/en`)
    await serviceWorkerInControl(page)
    expect(await page.locator('meta[name="deploy"]').count()).toBe(0)

    await deployNewVersion()
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration?.update()
    })
    const prompt = page.getByRole('alert').filter({ hasText: 'A new version is available' })
    await prompt.waitFor({ state: 'visible', timeout: 30_000 })
    // Until the reader accepts, the page keeps the old version.
    expect(await page.locator('meta[name="deploy"]').count()).toBe(0)

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()])
    await expect.poll(() => page.locator('meta[name="deploy"]').count()).toBe(1)
  }, 90_000)
})
