/**
 * After one visit, the app works with no network: a page of every kind in every language by its address,
 * every goal, an initiative and a KPI of each by clicking, charts included. (That every page is in the service worker's
 * download is precache.test.ts's to prove, from the build itself.)
 */
import type { BrowserContext, Page, Response } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { LocalizedText } from '../../src/schema/plan'
import { shortNameOf, shortTitleOf } from '../../src/data/plan-texts'
import { listKpis } from '../../src/data/walk'
import { languageOf, LOCALES, type Locale } from '../../src/shared/languages'
import { localePaths, posterPaths } from '../../src/router/prerendered-paths'
import { loadRealPlan } from '../support/plan'
import { uiStrings } from '../support/ui-strings'
import { appReady, baseUrl, goto, newContext, serviceWorkerActive } from './support/setup'

const plan = loadRealPlan()
const MESSAGES = { ja: uiStrings('ja'), 'ja-easy': uiStrings('ja-easy'), en: uiStrings('en') } as const satisfies Record<Locale, unknown>
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

/** A plan text as the page shows it in a language, readings aside (easy Japanese marks them {漢字|かんじ}). */
const shown = (text: LocalizedText, locale: Locale) => text[languageOf(locale).content].replace(/\{([^|{}]+)\|[^{}]+\}/g, '$1')

/** Where the reader is: the address, and the main heading without its readings (<rt>). */
const whereAmI = (tab: Page) =>
  tab.evaluate(() => {
    const heading = document.querySelector('main h1')?.cloneNode(true) as HTMLElement | undefined
    heading?.querySelectorAll('rt, rp').forEach((reading) => reading.remove())
    return { path: decodeURI(location.pathname), heading: heading?.textContent.trim() }
  })

/** How the first chart on the page is shown: the build's drawing, the interactive chart, or both. */
const firstChart = () =>
  page.locator('.kpi-chart-canvas').first().evaluate((canvas) => ({
    drawing: canvas.querySelector('.kpi-chart-drawing svg') !== null,
    live: canvas.querySelector('.kpi-chart-live svg') !== null,
  }))

/** One page of each kind (the home page, a goal, an initiative, a KPI of each kind, a print view, …) in a language. */
function onePageOfEachKind(locale: Locale): string[] {
  const kinds = new Map<string, string>()
  const kindOfKpi = new Map(listKpis(plan).map(({ kpi }) => [`kpis/${kpi.id}`, `kpis/:${kpi.kind}`]))
  for (const path of [...localePaths(plan), ...posterPaths(plan)]) {
    const kind = kindOfKpi.get(path) ?? path.replace(/^(\w+)\/[^/]+/, '$1/:id')
    if (!kinds.has(kind)) kinds.set(kind, path)
  }
  return [...kinds.values()].map((path) => (path ? `/${locale}/${path}` : `/${locale}`))
}

/** Opens each address in the tab; returns what is wrong (not served by the worker, no heading). */
async function openEach(tab: Page, paths: string[]): Promise<string[]> {
  const wrong: string[] = []
  for (const path of paths) {
    const response = await tab.goto(`${baseUrl}${path}`)
    const app = !path.endsWith('.html')
    if (app) await appReady(tab)
    const heading = await tab.locator(app ? 'main h1' : 'h1').innerText()
    if (!response?.fromServiceWorker()) wrong.push(`${path}: not from the service worker`)
    if (!heading.trim()) wrong.push(`${path}: no heading`)
  }
  return wrong
}

/** The addresses of the links inside <main> that lead to pages of a kind (initiatives, kpis). */
const linksTo = (tab: Page, kind: string) =>
  tab.locator(`main a[href*="/${kind}/"]`).evaluateAll((links) => [...new Set(links.map((link) => decodeURI(new URL((link as HTMLAnchorElement).href).pathname)))])

/**
 * A reader clicking from the home page to every goal, from each goal page to one of its initiatives and
 * from there to one of its KPIs, back through history to the initiative and up the breadcrumbs to the goal;
 * each page's address and heading checked against the plan. Every other initiative and KPI is one more
 * click of the same kind: the goal and initiative pages must link to each of theirs (checked here), and
 * the page itself opens offline by its address (the test above) from its precached part of the plan.
 */
async function walk(tab: Page, locale: Locale): Promise<void> {
  const here = () => whereAmI(tab)
  const breadcrumbs = tab.getByRole('navigation', { name: MESSAGES[locale].nav.breadcrumb, exact: true })
  for (const goal of plan.goals) {
    const onGoal = { path: `/${locale}/goals/${goal.id}`, heading: shown(goal.title, locale) }
    await goto(`/${locale}`, tab)
    await tab.locator(`main a[href$="/${locale}/goals/${goal.id}"]`).first().click()
    await expect.poll(here).toEqual(onGoal)
    const initiatives = goal.measures.flatMap((measure) => measure.initiatives)
    await expect.poll(() => linksTo(tab, 'initiatives')).toEqual(initiatives.map(({ id }) => `/${locale}/initiatives/${id}`))

    const initiative = initiatives.find(({ kpis }) => kpis.length > 0)!
    const onInitiative = { path: `/${locale}/initiatives/${initiative.id}`, heading: shown(shortTitleOf(initiative), locale) }
    await tab.locator(`main a[href$="/initiatives/${initiative.id}"]`).first().click()
    await expect.poll(here).toEqual(onInitiative)
    await expect.poll(() => linksTo(tab, 'kpis')).toEqual(initiative.kpis.map(({ id }) => `/${locale}/kpis/${id}`))

    const kpi = initiative.kpis.at(-1)!
    await tab.locator(`#${kpi.id} a[href$="/kpis/${kpi.id}"]`).click()
    await expect.poll(here).toEqual({ path: `/${locale}/kpis/${kpi.id}`, heading: shown(shortNameOf(kpi), locale) })
    await tab.goBack()
    await expect.poll(here).toEqual(onInitiative)
    await breadcrumbs.locator(`a[href$="/goals/${goal.id}"]`).click()
    await expect.poll(here).toEqual(onGoal)
  }
}

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

  it('draws the interactive charts with ECharts from the service worker’s cache, in every language', async () => {
    const kpi = listKpis(plan).find(({ kpi }) => kpi.kind === 'numeric')!.kpi
    for (const locale of LOCALES) {
      // Whether each response for the ECharts chunk came from the worker.
      const echarts: boolean[] = []
      const watch = (response: Response) => {
        if (/\/assets\/echarts-[^/]+\.js$/.test(response.url())) echarts.push(response.fromServiceWorker())
      }
      page.on('response', watch)
      await goto(`/${locale}/kpis/${kpi.id}`, page)
      // The drawing from the build is in the page; touching the chart loads the interactive one from the cache.
      await page.locator('.kpi-chart-drawing svg').first().waitFor({ state: 'visible' })
      await page.locator('.kpi-chart-canvas').first().tap()
      await expect.poll(firstChart, { timeout: 10_000 }).toEqual({ drawing: false, live: true })
      page.off('response', watch)
      expect(echarts, locale).toEqual([true])
    }
  })

  it('opens a page of every kind in every language by its address, from the service worker', async () => {
    expect(await openEach(page, [...LOCALES.flatMap(onePageOfEachKind), '/accessibility.html'])).toEqual([])
  }, 120_000)

  it('opens an address it has never seen with the not-found page', async () => {
    await page.goto(`${baseUrl}/ja/goals/goal-42`)
    await expect.poll(() => page.locator('main h1').innerText()).toBe('ページが見つかりません')
  })

  it('leads from the home page through every goal to an initiative and a KPI by clicking, in every language', async () => {
    // One language after another in the one tab: walks side by side in tabs of their own took longer (measured).
    for (const locale of LOCALES) await walk(page, locale)
  }, 120_000)
})
