/**
 * Published results, as a reader sees them, on a build of the plan with fixture results
 * (scripts/build-results-fixture.mjs: tests/fixtures/results-sheet.csv imported into a copy of the data,
 * the app built from it into .fixture-results/dist). The real build ships none: every-page.test.ts and the
 * unit tests hold that every place then says none has been published.
 *
 * The fixture, against the plan's targets:
 * - goal-1-m3-a-k1, overtime hours, lower is better (targets 180, 175): FY2024 182 (missed), FY2025 170 (met)
 * - goal-1-m3-a-k2, annual leave taken (target 64.0%): FY2024 64.2 (met)
 * - goal-1-m1-b-k2, a milestone: FY2024 実施済み (met), FY2025 一部実施 (missed)
 * - goal-2-m2-b-k1, companies (target 13): FY2024 12 (missed)
 */
import { existsSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ES module script without types
import { createStaticServer } from '../../scripts/serve.mjs'
import { AXE_SOURCE, axeViolations } from './support/axe'
import { appReady, goto, newPage, page } from './support/setup'

const FIXTURE_DIST = '.fixture-results/dist'
const startServer = createStaticServer as (options: { dir: string }) => Server

let server: Server
let origin = ''

beforeAll(async () => {
  if (!existsSync(`${FIXTURE_DIST}/index.html`)) {
    throw new Error(`No build with fixture results in ${FIXTURE_DIST}: run \`node scripts/build-results-fixture.mjs\` first (npm test does).`)
  }
  server = startServer({ dir: FIXTURE_DIST })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((closed) => server.close(() => closed())))

/** A phone with axe ready, at `path` of the fixture build, once the app has taken the page over. */
async function open(path: string): Promise<Page> {
  const page = await newPage()
  await page.context().addInitScript(AXE_SOURCE)
  await page.goto(`${origin}${path}`)
  await appReady(page)
  return page
}

/** Visible text, readings left out (ruby's <rt>), spaces collapsed. */
const visibleText = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as Element
      copy.querySelectorAll('rt, rp').forEach((reading) => reading.remove())
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
    }),
  )

describe('a KPI page with published results', () => {
  it.each([
    ['ja', ['令和6年度（2024年度）の実績値：182時間', '目標値（180時間）に届きませんでした。'], ['令和7年度（2025年度）の実績値：170時間', '目標値（175時間）を達成しました。'], '2025年7月1日公表'],
    ['ja-easy', ['2024年度 の けっか：182時間', 'もくひょう（180時間）に とどきません でした。'], ['2025年度 の けっか：170時間', 'もくひょう（175時間）に とどきました。'], '2025年7月1日 に でました'],
    ['en', ['FY2024 result: 182 hours', 'Target not met (target: 180 hours).'], ['FY2025 result: 170 hours', 'Target met (target: 175 hours).'], 'published July 1, 2025'],
  ])('in %s, judges each year of a lower-is-better KPI the right way round, its source beside it', async (locale, missedYear, metYear, published) => {
    const page = await open(`/${locale}/kpis/goal-1-m3-a-k1`)
    const [first, second] = await visibleText(page, '.kpi-result')
    for (const words of missedYear) expect(first).toContain(words)
    for (const words of metYear) expect(second).toContain(words)
    expect(first).toContain(published)
    expect(await page.locator('.kpi-result').first().getByRole('link').getAttribute('href')).toBe('https://www.city.atsugi.kanagawa.jp/example/results-2024.html')
    await expect.poll(() => page.locator('.kpi-result.standing-missed').count()).toBe(1)
    // The table gains a results column, and the chart draws the results as a line of its own (src/charts/kpi-option.ts).
    const table = (await visibleText(page, '.kpi-table'))[0]
    expect(table).toMatch(locale === 'en' ? /Result/ : locale === 'ja' ? /実績値/ : /けっか/)
    expect(table).toMatch(/182/)
    expect(await page.locator('.kpi-chart-drawing svg path[stroke="#D55E00"]').count()).toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
  })

  it.each([
    ['ja', '令和6年度（2024年度）の実績値：実施済み', '令和7年度（2025年度）の実績値：一部実施'],
    ['ja-easy', '2024年度 の けっか：実施しました', '2025年度 の けっか：一部を実施しました'],
    ['en', 'FY2024 result: Done', 'FY2025 result: Partly done'],
  ])('in %s, shows a milestone’s status word: done meets the year’s step, partly done does not', async (locale, done, partly) => {
    const page = await open(`/${locale}/kpis/goal-1-m1-b-k2`)
    const [first, second] = await visibleText(page, '.kpi-result')
    expect(first?.replace(/\s/g, '')).toContain(done.replace(/\s/g, ''))
    expect(second?.replace(/\s/g, '')).toContain(partly.replace(/\s/g, ''))
    expect(await page.locator('.kpi-result').evaluateAll((items) => items.map((item) => item.className))).toEqual([
      expect.stringContaining('standing-met'),
      expect.stringContaining('standing-missed'),
    ])
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('cards and the home, once results are out', () => {
  it.each([
    ['ja', '令和7年度（2025年度）：成果指標1件中1件が目標値を達成（2件は未公表）'],
    ['ja-easy', '2025年度：せいか しひょう 1 の うち 1 が もくひょう に とどきました（2 は まだ でて いません）'],
    ['en', 'FY2025: 1 of 1 KPI on target (2 KPIs not yet published)'],
  ])('in %s, an initiative card counts its KPIs on target in the latest year with results', async (locale, line) => {
    const page = await open(`/${locale}/goals/goal-1`)
    const card = page.locator('.initiative-card', { has: page.locator('a[href$="/initiatives/goal-1-m3-a"]') })
    const tally = page.locator('.initiative-card:has(a[href$="/initiatives/goal-1-m3-a"]) .result-tally')
    expect((await visibleText(page, '.initiative-card:has(a[href$="/initiatives/goal-1-m3-a"]) .result-tally'))[0]).toContain(line)
    // Its source beside it: FY2025's publication, the one its count comes from.
    expect(await tally.getByRole('link').getAttribute('href')).toBe('https://www.city.atsugi.kanagawa.jp/example/results-2025.html')
    // A card with no published result says so.
    expect(await card.count()).toBe(1)
    const others = await visibleText(page, '.initiative-card:has(a[href$="/initiatives/goal-1-m2-a"]) .result-tally')
    expect(others[0]).toMatch(/実績値は未公表|けっか は まだ でて いません|No results published yet/)
    expect(await axeViolations(page)).toEqual([])
  })

  it.each([
    ['ja', '成果指標41件中4件の実績値が公表されています。', '（2026年5月15日公表）', '令和7年度：目標達成 1/2件', '令和6年度：目標達成 0/1件'],
    ['ja-easy', 'せいか しひょう 41 の うち、4 の けっか が でて います。', '（2026年5月15日 に でました）', '2025年度：もくひょう に とどいた もの 1/2', '2024年度：もくひょう に とどいた もの 0/1'],
    ['en', "Results have been published for 4 of the plan's 41 KPIs.", '(published May 15, 2026)', 'FY2025: 1 of 2 KPIs on target', 'FY2024: 0 of 1 KPI on target'],
  ])('in %s, the home says for how many KPIs results are out, and each goal card how its KPIs did', async (locale, count, published, goalOne, goalTwo) => {
    const page = await open(`/${locale}`)
    expect((await visibleText(page, '.results-published'))[0]).toContain(count)
    expect((await visibleText(page, '.results-published'))[0]).toContain(published)
    // Beside the count, the latest publication results come from (FY2025's, published 2026-05-15).
    expect(await page.locator('.results-published').getByRole('link').getAttribute('href')).toBe('https://www.city.atsugi.kanagawa.jp/example/results-2025.html')
    // Goal 1's latest results are FY2025's (overtime met, the milestone not); goal 2's only one is FY2024's 12
    // companies against 13. Goal 3 has none: its card keeps its counts.
    const [one, two, three] = await visibleText(page, '.goal-card .card-counts')
    expect([one, two]).toEqual([goalOne, goalTwo])
    expect(three).toMatch(/施策|しさく|measures/)
    // The three goals still start on a phone's first screen.
    const tops = await page.locator('.goal-card .card-title').evaluateAll((titles) => titles.map((title) => title.getBoundingClientRect().top))
    expect(Math.max(...tops)).toBeLessThan(844)
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('the real build, which ships no results (the source has none)', () => {
  it.each([
    ['ja', '実績値はまだ公表されていません', '成果指標41件の実績値はまだ公表されていません'],
    ['ja-easy', 'けっか は まだ でて いません', 'せいか しひょう 41 の けっか は、まだ でて いません'],
    ['en', 'No results have been published yet', "No results have been published yet for the plan's 41 KPIs"],
  ])('in %s, says so on a KPI page, an initiative card and the home', async (locale, onKpi, onHome) => {
    await goto(`/${locale}/kpis/goal-1-m3-a-k1`)
    expect((await visibleText(page, '.kpi-no-results'))[0]).toContain(onKpi)
    expect(await page.locator('.kpi-result').count()).toBe(0)
    await goto(`/${locale}/goals/goal-1`)
    const tallies = await visibleText(page, '.result-tally')
    expect(tallies.length).toBeGreaterThan(0)
    for (const tally of tallies) expect(tally).toMatch(/実績値は未公表|けっか は まだ でて いません|No results published yet/)
    await goto(`/${locale}`)
    expect((await visibleText(page, '.results-published'))[0]).toContain(onHome)
  })
})
