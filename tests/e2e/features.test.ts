/**
 * Behaviour a resident notices beyond navigation: today's fiscal year, search, display settings.
 * (Corrupt or missing saved settings: robustness.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import { STORAGE_KEYS } from '../../src/lib/device-storage'
import { allowErrors, appReady, baseUrl, context, goto, openHeaderPanel, page } from './support/setup'

/** Opens a page with the device's date fixed at `date`. */
async function openAt(date: string, path: string): Promise<void> {
  await page.clock.setFixedTime(new Date(date))
  await goto(path)
}

describe('today in the plan', () => {
  it('tells the reader which year of the plan today falls in, from the device date', async () => {
    await openAt('2025-05-01T09:00:00+09:00', '/ja')
    await expect.poll(() => page.locator('.phase').textContent()).toBe('今日は令和7年度（2025年度）：計画の2年目（全3年）です。')
  })

  it('counts 31 March as the end of the fiscal year before', async () => {
    await openAt('2025-03-31T12:00:00+09:00', '/en')
    await expect.poll(() => page.locator('.phase').textContent()).toBe("Today is in FY2024: year 1 of the plan's 3.")
  })

  it('highlights the current fiscal year in every schedule on an initiative page', async () => {
    await openAt('2026-11-24T10:00:00+09:00', '/ja/initiatives/goal-1-m1-a')
    // Each schedule shows one "this year" badge, on FY2026's row, and the row is highlighted.
    const badges = page.locator('.schedule-year .badge:visible')
    await expect.poll(() => badges.count()).toBe(2)
    expect(await badges.first().locator('xpath=ancestor::li[1]').innerText()).toContain('令和8年度')
    const rowStyle = (year: number) =>
      page.locator(`.schedule-year[data-year="${year}"]`).first().evaluate((row) => getComputedStyle(row).backgroundColor)
    expect(await rowStyle(2026)).not.toBe(await rowStyle(2025))
  })

  it('marks the year in the schedules and a KPI’s table before the app has started, and without it', async () => {
    // The app's entry never arrives: what the schedules show is the page and its loader alone.
    allowErrors((error) => error.startsWith('error: Failed to load resource: net::'))
    await page.route('**/assets/app-*.js', (route) => route.abort())
    await page.clock.setFixedTime(new Date('2024-06-01T10:00:00+09:00'))
    await page.goto(`${baseUrl}/ja/initiatives/goal-1-m1-a`)
    const badges = page.locator('.schedule-year .badge:visible')
    await expect.poll(() => badges.count()).toBe(2)
    expect(await badges.first().locator('xpath=ancestor::li[1]').innerText()).toContain('令和6年度')
    // A KPI's table marks the same year, from the page alone too.
    await page.goto(`${baseUrl}/ja/kpis/goal-1-m2-b-k1`)
    const kpiRowStyle = (year: number) =>
      page.locator(`.kpi-table tr[data-year="${year}"]`).evaluate((row) => getComputedStyle(row).backgroundColor)
    expect(await kpiRowStyle(2024)).not.toBe(await kpiRowStyle(2025))
    expect(await kpiRowStyle(2025)).toBe(await kpiRowStyle(2026))
  })
})

describe('search', () => {
  it('finds actions, whatever the width or kana the reader types, without a network', async () => {
    await goto('/ja/search')
    // Offline at once: the service worker's code, asked for at the app's first quiet moment, may not have
    // arrived. The browser logs that request's failure; the app itself must raise nothing (it tries again online).
    allowErrors((error) => error.startsWith('error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED'))
    await context.setOffline(true)
    await page.getByLabel('キーワード').fill('ｱﾝｹｰﾄ')
    await page.getByRole('button', { name: '検索' }).click()
    await expect.poll(() => page.locator('.hit').count()).toBeGreaterThan(0)
    expect(await page.locator('.hits').innerText()).toContain('職員アンケートを実施し')
    expect(new URL(page.url()).searchParams.get('q')).toBe('ｱﾝｹｰﾄ')
  })
})

describe('display settings', () => {
  const htmlClass = () => page.evaluate(() => document.documentElement.className)

  it('remember a larger text size and high contrast on the device', async () => {
    await goto('/ja')
    await openHeaderPanel('menu')
    await page.getByLabel('特大').check()
    await page.getByLabel('白黒（高コントラスト）').check()
    await expect.poll(htmlClass).toMatch(/(?=.*\btext-x-large\b)(?=.*\bcontrast-high\b)/)
    await page.reload()
    await appReady()
    await expect.poll(htmlClass).toMatch(/(?=.*\btext-x-large\b)(?=.*\bcontrast-high\b)/)
  })

  /** Display choices saved on the device, as the settings save them, before any page's own script runs. */
  async function saveChoices(choices: object): Promise<void> {
    await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEYS.preferences, JSON.stringify(choices)])
  }

  it('show the saved choices from the first paint: the app never puts the defaults back while it starts', async () => {
    await saveChoices({ textSize: 'x-large', contrast: 'high', furigana: false })
    // Every value <html>'s class takes while the next page loads and its app starts.
    await page.addInitScript(() => {
      const seen: string[] = []
      Object.assign(window, { htmlClassesSeen: seen })
      new MutationObserver(() => seen.push(document.documentElement.className)).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] })
    })
    await goto('/ja-easy/initiatives/goal-1-m1-a')
    const seen = await page.evaluate(() => (window as unknown as { htmlClassesSeen: string[] }).htmlClassesSeen)
    expect(seen.length).toBeGreaterThan(0)
    for (const value of seen) expect(value.split(' ')).toEqual(expect.arrayContaining(['text-x-large', 'contrast-high', 'furigana-off']))
  })

  it('show the saved choices without the app', async () => {
    await saveChoices({ textSize: 'large', contrast: 'high', furigana: true })
    allowErrors((error) => error.startsWith('error: Failed to load resource: net::'))
    await page.route('**/assets/app-*.js', (route) => route.abort())
    await page.goto(`${baseUrl}/en/goals/goal-2`)
    expect(await htmlClass()).toBe('text-large contrast-high')
    const fontSize = await page.locator('main h1').evaluate((heading) => parseFloat(getComputedStyle(heading).fontSize))
    await page.evaluate(() => (document.documentElement.className = 'text-standard contrast-standard'))
    expect(fontSize).toBeGreaterThan(await page.locator('main h1').evaluate((heading) => parseFloat(getComputedStyle(heading).fontSize)))
  })
})
