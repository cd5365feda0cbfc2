/**
 * HTML first: a page is shown before any of the app's code is asked for, and the app takes it over later
 * (after load, when the browser is idle). On a slow phone a reader acts in between; nothing they do may
 * be lost. Each test slows the CPU 4× (as Lighthouse does), acts within the first moments of the page,
 * before the app has taken it over, and checks that the action worked, at once as a link or played back
 * once the part of the page it touched is awake.
 */
import type { CDPSession, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { STORAGE_KEYS } from '../../src/lib/device-storage'
import { appReady, baseUrl, heading, openHeaderPanel, page, pathname } from './support/setup'

/** Opens a path with the CPU slowed 4×, returning as soon as the page is there to touch (long before the app is). */
async function openOnSlowPhone(path: string, target: Page = page): Promise<CDPSession> {
  const cdp = await target.context().newCDPSession(target)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await target.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' })
  return cdp
}

/** The action came before the app: otherwise the test proves nothing about the early moments. */
async function expectAppNotStartedYet(target: Page = page): Promise<void> {
  expect(await target.evaluate(() => document.documentElement.dataset.appReady ?? 'not yet')).toBe('not yet')
}

describe('acting while the app starts, on a slow phone', () => {
  it('follows a link at once', async () => {
    await openOnSlowPhone('/ja/goals/goal-1')
    await expectAppNotStartedYet()
    await page.locator('main a[href="/ja/initiatives/goal-1-m1-a"]').first().click()
    await page.waitForURL('**/ja/initiatives/goal-1-m1-a')
    await appReady()
    expect(await heading().innerText()).not.toBe('')
  })

  it('switches the language at once, to the same page', async () => {
    await openOnSlowPhone('/ja/kpis/goal-1-m2-b-k1')
    await expectAppNotStartedYet()
    await openHeaderPanel('languages')
    await page.getByRole('link', { name: 'English', exact: true }).click()
    await page.waitForURL('**/en/kpis/goal-1-m2-b-k1')
    await appReady()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  })

  it('opens the display settings and keeps the larger text chosen before the app woke', async () => {
    await openOnSlowPhone('/ja')
    await expectAppNotStartedYet()
    await openHeaderPanel('menu')
    await page.getByLabel('特大').check()
    await appReady()
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toContain('text-x-large')
    expect(await page.getByLabel('特大').isChecked()).toBe(true)
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.preferences)).toContain('x-large')
  })

  it('answers a press of Share made before the app woke', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await openOnSlowPhone('/en/initiatives/goal-1-m2-b')
    await expectAppNotStartedYet()
    await page.getByRole('button', { name: 'Share' }).click()
    await appReady()
    await expect.poll(() => page.locator('.share-status').innerText()).not.toBe('')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}/en/initiatives/goal-1-m2-b`)
  })

  it('draws the interactive chart for a touch made before the app woke', async () => {
    await openOnSlowPhone('/ja/kpis/goal-1-m2-b-k1')
    await expectAppNotStartedYet()
    await page.locator('.kpi-chart-canvas').first().tap()
    await appReady()
    await page.locator('.kpi-chart-live svg').first().waitFor({ state: 'visible', timeout: 15_000 })
    await expect.poll(() => page.locator('.kpi-chart-drawing').count()).toBe(0)
  })

  it('searches for what was typed before the app woke', async () => {
    await openOnSlowPhone('/en/search')
    await expectAppNotStartedYet()
    await page.getByLabel('Keywords').fill('counter')
    await appReady()
    await expect.poll(() => page.locator('.hit').count()).toBeGreaterThan(0)
    expect(await page.getByLabel('Keywords').inputValue()).toBe('counter')
    expect(pathname()).toBe('/en/search')
  })
})
