/** After one visit, the whole app works with no network: every page, every language, charts included. */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listInitiatives, listKpis } from '../../src/data/walk'
import { LOCALES } from '../../src/shared/languages'
import { loadRealPlan } from '../support/plan'
import { baseUrl, launchBrowser, newPhoneContext, watchProblems } from './support/browser'

const plan = loadRealPlan()
let browser: Browser
let context: BrowserContext
let page: Page

const ready = (target: Page) => target.waitForFunction(() => document.documentElement.dataset.appReady === 'true')

beforeAll(async () => {
  browser = await launchBrowser()
  context = await newPhoneContext(browser, { locale: 'ja-JP' })
  page = await context.newPage()
  // One visit, online: the service worker installs and precaches the app.
  await page.goto(`${baseUrl()}/ja`)
  await ready(page)
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    return registration.active?.state
  })
  await context.setOffline(true)
})

afterAll(async () => {
  await browser?.close()
})

describe('offline, after one visit', () => {
  it('tells the reader when the network drops while they read', async () => {
    // Dropped while the page is open: Chromium 150's offline emulation does not reach navigator.onLine
    // of a document loaded after it was switched on, so this is the moment the emulation shows faithfully.
    await context.setOffline(false)
    await page.reload()
    await ready(page)
    const notice = page.getByRole('status').filter({ hasText: '通信がありません' })
    expect(await notice.count()).toBe(0)
    await context.setOffline(true)
    await expect.poll(() => notice.count()).toBe(1)
  })

  it('draws charts from the cached ECharts chunk', async () => {
    const kpi = listKpis(plan).find(({ kpi }) => kpi.kind === 'numeric')!.kpi
    for (const locale of LOCALES) {
      await page.goto(`${baseUrl()}/${locale}/kpis/${kpi.id}`)
      await ready(page)
      // The drawing from the build is in the page; touching the chart loads the interactive one from the cache.
      await page.locator('.kpi-chart-drawing svg').first().waitFor({ state: 'visible' })
      await page.locator('.kpi-chart-canvas').first().tap()
      await page.locator('.kpi-chart-live svg').first().waitFor({ state: 'visible', timeout: 5000 }).catch(async (error: unknown) => {
        console.log(locale, await page.locator('.kpi-chart').first().innerHTML())
        throw error
      })
    }
  })

  it('opens every goal, initiative and KPI page in every language by its URL', async () => {
    const problems = watchProblems(page)
    const paths = [
      ...plan.goals.map((goal) => `goals/${goal.id}`),
      ...listInitiatives(plan).map(({ initiative }) => `initiatives/${initiative.id}`),
      ...listKpis(plan).map(({ kpi }) => `kpis/${kpi.id}`),
    ]
    for (const locale of LOCALES) {
      for (const path of paths) {
        const response = await page.goto(`${baseUrl()}/${locale}/${path}`)
        expect(response?.fromServiceWorker(), `${locale}/${path}`).toBe(true)
        await ready(page)
        expect((await page.locator('main h1').innerText()).trim(), `${locale}/${path}`).not.toBe('')
      }
    }
    expect(problems.errors).toEqual([])
  }, 240_000)

  it('reaches every initiative and KPI by clicking from the home page, in every language', async () => {
    const title = () => page.locator('main h1').innerText()
    for (const locale of LOCALES) {
      for (const goal of plan.goals) {
        await page.goto(`${baseUrl()}/${locale}`)
        await ready(page)
        await page.locator(`main a[href$="/${locale}/goals/${goal.id}"]`).first().click()
        await expect.poll(() => new URL(page.url()).pathname).toBe(`/${locale}/goals/${goal.id}`)
        for (const initiative of goal.measures.flatMap((measure) => measure.initiatives)) {
          await page.locator(`main a[href$="/initiatives/${initiative.id}"]`).first().click()
          await expect.poll(() => new URL(page.url()).pathname).toBe(`/${locale}/initiatives/${initiative.id}`)
          for (const kpi of initiative.kpis) {
            await page.locator(`#${kpi.id} a[href$="/kpis/${kpi.id}"]`).click()
            await expect.poll(() => new URL(page.url()).pathname).toBe(`/${locale}/kpis/${kpi.id}`)
            expect((await title()).trim()).not.toBe('')
            await page.goBack()
            await expect.poll(() => new URL(page.url()).pathname).toBe(`/${locale}/initiatives/${initiative.id}`)
          }
          await page.goBack()
          await expect.poll(() => new URL(page.url()).pathname).toBe(`/${locale}/goals/${goal.id}`)
        }
      }
    }
  }, 240_000)

  it('opens an address it has never seen with the not-found page', async () => {
    await page.goto(`${baseUrl()}/ja/goals/goal-42`)
    await expect.poll(() => page.locator('main h1').innerText()).toBe('ページが見つかりません')
  })
})
