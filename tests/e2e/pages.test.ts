/** Every page the build prerenders: its content, its errors, and what happens without JavaScript. */
import { describe, expect, it } from 'vitest'
import { FISCAL_YEAR_KEYS } from '../../src/shared/plan-years'
import { formatKpiValue } from '../../src/lib/format'
import { listInitiatives, listKpis } from '../../src/data/walk'
import { prerenderedPaths } from '../../src/router/prerendered-paths'
import { loadRealPlan } from '../support/plan'
import { baseUrl, goto, newPage, page } from './support/setup'

const plan = loadRealPlan()

describe('KPI pages', () => {
  it('show every KPI’s baseline and its three targets', async () => {
    for (const { kpi } of listKpis(plan)) {
      await page.goto(`${baseUrl}/ja/kpis/${kpi.id}`)
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
  }, 120_000)
})

describe('every prerendered page', () => {
  const paths = prerenderedPaths(plan)

  it('loads with no console error or hydration warning', async () => {
    for (const path of paths) {
      const response = await goto(path)
      expect(response?.status(), path).toBe(200)
      const expectedLang = path.startsWith('/en') ? 'en' : 'ja'
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe(expectedLang)
      expect((await page.locator('h1').first().innerText()).trim(), path).not.toBe('')
    }
  }, 300_000)

  it('shows its content with JavaScript turned off', async () => {
    const noScript = await newPage({ javaScriptEnabled: false })
    const { initiative } = listInitiatives(plan).at(-1)!
    await noScript.goto(`${baseUrl}/ja/initiatives/${initiative.id}`)
    expect(await noScript.locator('main h1').textContent()).toBe(initiative.title.ja)
    const body = await noScript.locator('main').innerText()
    expect(body).toContain(initiative.actions[0]!.text.ja)
    expect(body).toContain(initiative.kpis[0]!.name.ja)
  })
})
