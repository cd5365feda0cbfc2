/** KPI charts: drawn at build time, there at first paint; the interactive chart replaces the drawing without a jump. */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { listKpis } from '../../src/data/walk'
import { loadRealPlan } from '../support/plan'
import { baseUrl, goto, newPage, page } from './support/setup'

const plan = loadRealPlan()
const { kpi, initiative } = listKpis(plan).find(({ kpi }) => kpi.kind === 'numeric')!

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

  it('becomes interactive by itself once the page has been idle a while', async () => {
    await page.clock.install()
    const echartsRequested = watchEchartsRequests(page)
    await goto(`/ja/initiatives/${initiative.id}`)
    await page.locator('.kpi-chart-canvas').first().scrollIntoViewIfNeeded()
    // Two frames for the chart to notice it is in view; then only the test moves time (an installed clock
    // otherwise runs on with real time, which on a slow machine would make the page "idle" by itself).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
    // In view but not yet idle long: still the drawing, and no ECharts.
    expect(await firstChart(page)).toEqual({ drawing: true, live: false })
    expect(echartsRequested()).toBe(false)

    await page.clock.runFor(10_000)
    await expect.poll(() => firstChart(page), CHART_LOADS).toEqual({ drawing: false, live: true })
    expect(echartsRequested()).toBe(true)
  })

  it('is drawn when reached by a link inside the app, where no drawing from the build exists', async () => {
    await goto(`/ja/initiatives/${initiative.id}`)
    await page.locator(`a[href$="/kpis/${kpi.id}"]`).first().click()
    await page.waitForURL(`**/kpis/${kpi.id}`)
    await expect.poll(() => firstChart(page), CHART_LOADS).toEqual({ drawing: false, live: true })
  })
})
