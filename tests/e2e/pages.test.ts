/** Every page the build prerenders: its content, its errors, and what happens without JavaScript. */
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FISCAL_YEAR_KEYS } from '../../src/shared/plan-years'
import { formatKpiValue } from '../../src/lib/format'
import { listInitiatives, listKpis } from '../../src/data/walk'
import { prerenderedPaths } from '../../src/router/prerendered-paths'
import { loadRealPlan } from '../support/plan'
import { baseUrl, launchBrowser, newPhoneContext, watchProblems } from './support/browser'

const plan = loadRealPlan()
let browser: Browser
let context: BrowserContext

beforeAll(async () => {
  browser = await launchBrowser()
  context = await newPhoneContext(browser)
})

afterAll(async () => {
  await browser?.close()
})

describe('KPI pages', () => {
  it('show every KPI’s baseline and its three targets', async () => {
    const page = await context.newPage()
    for (const { kpi } of listKpis(plan)) {
      await page.goto(`${baseUrl()}/ja/kpis/${kpi.id}`)
      const table = kpi.kind === 'numeric' ? page.locator('table.kpi-table') : page.locator('ol.timeline')
      const shown = (await table.innerText()).replace(/\s+/g, ' ')
      const expected =
        kpi.kind === 'numeric'
          ? [kpi.baseline, ...FISCAL_YEAR_KEYS.map((year) => kpi.targets[year])]
              .filter((value) => value !== null)
              .map((value) => formatKpiValue(kpi, value, 'ja'))
          : FISCAL_YEAR_KEYS.map((year) => kpi.targets[year]?.text.ja).filter((text) => text !== undefined)
      for (const value of expected) expect(shown, `${kpi.id}: ${value}`).toContain(value)
      if (kpi.kind === 'numeric' && kpi.baselineBreakdown) {
        const breakdown = await page.locator('table.breakdown').innerText()
        for (const item of kpi.baselineBreakdown.items) {
          expect(breakdown, `${kpi.id}: ${item.label.ja}`).toContain(formatKpiValue(kpi, item.value, 'ja'))
        }
      }
    }
    await page.close()
  }, 120_000)
})

describe('every prerendered page', () => {
  const paths = prerenderedPaths(plan)

  it('loads with no console error or hydration warning', async () => {
    const page = await context.newPage()
    const problems = watchProblems(page)
    for (const path of paths) {
      const response = await page.goto(`${baseUrl()}${path}`)
      expect(response?.status(), path).toBe(200)
      await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
      const expectedLang = path.startsWith('/en') ? 'en' : 'ja'
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe(expectedLang)
      expect((await page.locator('h1').first().innerText()).trim(), path).not.toBe('')
    }
    expect(problems.errors).toEqual([])
    await page.close()
  }, 300_000)

  it('shows its content with JavaScript turned off', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const page = await noScript.newPage()
    const { initiative } = listInitiatives(plan).at(-1)!
    await page.goto(`${baseUrl()}/ja/initiatives/${initiative.id}`)
    expect(await page.locator('main h1').textContent()).toBe(initiative.title.ja)
    const body = await page.locator('main').innerText()
    expect(body).toContain(initiative.actions[0]!.text.ja)
    expect(body).toContain(initiative.kpis[0]!.name.ja)
    await noScript.close()
  })
})
