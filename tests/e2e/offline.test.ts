/** After one visit, the whole app works with no network: every page, every language, charts included. */
import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { listInitiatives, listKpis } from '../../src/data/walk'
import { LOCALES } from '../../src/shared/languages'
import { loadRealPlan } from '../support/plan'
import { appReady, baseUrl, goto, newContext, serviceWorkerActive } from './support/setup'

const plan = loadRealPlan()
let context: BrowserContext
let page: Page

beforeAll(async () => {
  // One visit, online: the service worker installs and precaches the app. The phone stays for the whole file.
  context = await newContext({ serviceWorkers: 'allow' })
  page = await context.newPage()
  await goto('/ja', page)
  await serviceWorkerActive(page)
  await context.setOffline(true)
})

describe('offline, after one visit', () => {
  it('tells the reader when the network drops while they read', async () => {
    // Dropped while the page is open: Chromium 150's offline emulation does not reach navigator.onLine
    // of a document loaded after it was switched on, so this is the moment the emulation shows faithfully.
    await context.setOffline(false)
    await page.reload()
    await appReady(page)
    const notice = page.getByRole('status').filter({ hasText: '通信がありません' })
    expect(await notice.count()).toBe(0)
    await context.setOffline(true)
    await expect.poll(() => notice.count()).toBe(1)
  })

  it('draws charts from the cached ECharts chunk', async () => {
    const kpi = listKpis(plan).find(({ kpi }) => kpi.kind === 'numeric')!.kpi
    for (const locale of LOCALES) {
      await goto(`/${locale}/kpis/${kpi.id}`, page)
      // The drawing from the build is in the page; touching the chart loads the interactive one from the cache.
      await page.locator('.kpi-chart-drawing svg').first().waitFor({ state: 'visible' })
      await page.locator('.kpi-chart-canvas').first().tap()
      await page.locator('.kpi-chart-live svg').first().waitFor({ state: 'visible', timeout: 5000 })
    }
  })

  it('opens every goal, initiative and KPI page in every language by its URL', async () => {
    const paths = [
      ...plan.goals.map((goal) => `goals/${goal.id}`),
      ...listInitiatives(plan).map(({ initiative }) => `initiatives/${initiative.id}`),
      ...listKpis(plan).map(({ kpi }) => `kpis/${kpi.id}`),
    ]
    for (const locale of LOCALES) {
      for (const path of paths) {
        const response = await goto(`/${locale}/${path}`, page)
        expect(response?.fromServiceWorker(), `${locale}/${path}`).toBe(true)
        expect((await page.locator('main h1').innerText()).trim(), `${locale}/${path}`).not.toBe('')
      }
    }
  }, 240_000)

  it('reaches every initiative and KPI by clicking from the home page, in every language', async () => {
    const title = () => page.locator('main h1').innerText()
    for (const locale of LOCALES) {
      for (const goal of plan.goals) {
        await goto(`/${locale}`, page)
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
    await page.goto(`${baseUrl}/ja/goals/goal-42`)
    await expect.poll(() => page.locator('main h1').innerText()).toBe('ページが見つかりません')
  })
})
