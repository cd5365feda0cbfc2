/** KPI charts: drawn at build time, there at first paint; the interactive chart replaces the drawing without a jump. */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { listKpis } from '../../src/data/walk'
import { loadRealPlan } from '../support/plan'
import { baseUrl, goto, newPage, page } from './support/setup'

const plan = loadRealPlan()
const { kpi, initiative } = listKpis(plan).find(({ kpi }) => kpi.kind === 'numeric')!
/** An initiative with two numeric KPIs or more. */
const initiativeWithTwo = listKpis(plan).find(
  (row, _, all) => all.filter((other) => other.kpi.kind === 'numeric' && other.initiative.id === row.initiative.id).length >= 2,
)!.initiative

/** Whether the page has asked for the ECharts chunk. */
function watchEchartsRequests(target: Page): () => boolean {
  let requested = false
  target.on('request', (request) => {
    if (/\/assets\/echarts-[^/]+\.js$/.test(request.url())) requested = true
  })
  return () => requested
}

/** Where the chart sits in the page (not the window, which scrolls when the chart is tapped). */
const box = (target: Page) =>
  target.locator('.kpi-chart-canvas').first().evaluate((element) => {
    const { left, top, width, height } = element.getBoundingClientRect()
    return { left: left + window.scrollX, top: top + window.scrollY, width, height }
  })

/** How the first chart on the page is shown: the build's drawing, the interactive chart, or both. */
const firstChart = (target: Page) =>
  target.locator('.kpi-chart-canvas').first().evaluate((canvas) => ({
    drawing: canvas.querySelector('.kpi-chart-drawing svg') !== null,
    live: canvas.querySelector('.kpi-chart-live svg') !== null,
  }))

/** Loading the ECharts chunk and drawing with it takes a moment on a busy machine. */
const CHART_LOADS = { timeout: 10_000 }

describe('a KPI chart', () => {
  it('is in the page as a drawing with JavaScript off, labelled for screen readers', async () => {
    const noScript = await newPage({ javaScriptEnabled: false })
    await noScript.goto(`${baseUrl}/ja/kpis/${kpi.id}`)
    const drawing = noScript.locator('.kpi-chart-drawing svg')
    await expect.poll(() => drawing.count()).toBe(1)
    expect(await drawing.boundingBox()).toMatchObject({ width: 358, height: 240 })
    // The axis shows the plan's years, as text a reader can select.
    expect(await drawing.textContent()).toContain('令和8年度')
    expect(await noScript.locator('.kpi-chart-canvas').getAttribute('role')).toBe('img')
    expect(await noScript.locator('.kpi-chart-canvas').getAttribute('aria-label')).toBeTruthy()
  })

  it('loads ECharts only when touched, and the interactive chart takes the drawing’s place exactly', async () => {
    const echartsRequested = watchEchartsRequests(page)
    await goto(`/en/kpis/${kpi.id}`)
    await page.locator('.kpi-chart-drawing svg').waitFor({ state: 'visible' })
    // Read the page for a moment: nothing heavy arrives meanwhile.
    await page.waitForTimeout(1000)
    expect(echartsRequested()).toBe(false)
    const before = await box(page)

    await page.locator('.kpi-chart-canvas').tap()
    await expect.poll(() => firstChart(page), CHART_LOADS).toEqual({ drawing: false, live: true })
    expect(echartsRequested()).toBe(true)
    expect(await box(page)).toEqual(before)
  })

  it('stays the drawing while the reader only reads: ECharts never loads by itself', async () => {
    // ECharts is ≈ 175 KB and ≈ 0.7 s of a slow phone's main thread: a reader scrolling past a chart must not pay for it.
    await page.clock.install()
    const echartsRequested = watchEchartsRequests(page)
    await goto(`/ja/initiatives/${initiative.id}`)
    await page.locator('.kpi-chart-canvas').first().scrollIntoViewIfNeeded()
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    // A minute of reading with the chart in view.
    await page.clock.runFor(60_000)
    await page.waitForTimeout(500)
    expect(await firstChart(page)).toEqual({ drawing: true, live: false })
    expect(echartsRequested()).toBe(false)
  })

  it('is drawn when reached by a link inside the app, where no drawing from the build exists', async () => {
    // From one KPI's page to its initiative: the initiative's other numeric KPIs have no drawing in hand.
    const [shown, other] = listKpis(plan).filter((row) => row.kpi.kind === 'numeric' && row.initiative.id === initiativeWithTwo.id)
    await goto(`/ja/kpis/${shown!.kpi.id}`)
    await page.locator(`a[href$="/initiatives/${initiativeWithTwo.id}"]`).first().click()
    await page.waitForURL(`**/initiatives/${initiativeWithTwo.id}`)
    const otherChart = page.locator(`[id="${other!.kpi.id}"] .kpi-chart-canvas`)
    await otherChart.scrollIntoViewIfNeeded()
    await expect.poll(() => otherChart.locator('.kpi-chart-live svg').count(), CHART_LOADS).toBe(1)
    expect(await otherChart.locator('.kpi-chart-drawing').count()).toBe(0)
  })
})
