/**
 * A new deploy: the open app tells the reader, in their language, and only
 * on their consent reloads into the new version, never mixing old and new.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ES module script without types
import { createStaticServer } from '../../scripts/serve.mjs'
import { launchBrowser, newPhoneContext } from './support/browser'

const startServer = createStaticServer as (options: { dir: string }) => Server
let browser: Browser
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
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => server?.close(() => resolve()))
})

describe('a new version', () => {
  it('is announced in the reader’s language and loaded when they accept', async () => {
    const context = await newPhoneContext(browser, { locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`http://127.0.0.1:${port}/en`)
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)
    await page.reload()
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true)
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
    await context.close()
  }, 90_000)
})

describe('without a service worker', () => {
  it('the app simply runs online', async () => {
    const context = await newPhoneContext(browser, { locale: 'ja-JP', serviceWorkers: 'block' })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`http://127.0.0.1:${port}/ja`)
    await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
    await page.getByRole('link', { name: '強い財政基盤を確立する', exact: true }).click()
    await expect.poll(() => page.locator('main h1').innerText()).toBe('強い財政基盤を確立する')
    expect(errors).toEqual([])
    await context.close()
  })
})
