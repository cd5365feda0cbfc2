/**
 * How a KPI is doing, as a page shows it once the city has published results. The source has none, so these
 * render the real components with fixture results: a higher-is-better KPI that met its target, a
 * lower-is-better one that missed, a milestone and a year with no target.
 */
import { h } from 'vue'
import { describe, expect, it } from 'vitest'
import KpiPanel from '../../../src/components/kpi/KpiPanel.vue'
import KpiResultTally from '../../../src/components/kpi/KpiResultTally.vue'
import KpiResultTallyShort from '../../../src/components/kpi/KpiResultTallyShort.vue'
import { inLanguage } from '../../../src/data/plan-part-builders'
import { listKpis } from '../../../src/data/walk'
import { latestYearTally } from '../../../src/lib/kpi-results'
import type { Kpi } from '../../../src/schema/plan'
import { localeOr } from '../../../src/shared/languages'
import { MILESTONE_STATUSES } from '../../../src/data/milestone-statuses'
import { renderInApp } from '../../support/in-app'
import { loadRealPlan } from '../../support/plan'

const plan = loadRealPlan()
const source = {
  title: { ja: '令和6年度 行政改革の取組状況', jaEasy: '2024{年度|ねんど}の ぎょうせいかいかく の ようす', en: 'Administrative reform progress, FY2024' },
  url: 'https://www.city.atsugi.kanagawa.jp/example/results-2024.html',
  publishedOn: '2025-07-01',
}
function kpiNamed(id: string): Kpi {
  const found = listKpis(plan).find(({ kpi }) => kpi.id === id)
  if (!found) throw new Error(`no KPI ${id}`)
  return found.kpi
}
function withResult(id: string, fiscalYear: number, value: number | string): Kpi {
  const kpi = kpiNamed(id)
  if (kpi.kind === 'numeric' && typeof value === 'number') {
    return { ...kpi, results: [{ fiscalYear, value: { number: value, printed: String(value) }, source }] }
  }
  const status = MILESTONE_STATUSES.find((each) => each.ja === value)!
  return { ...kpi, results: [{ fiscalYear, value: { text: { ja: status.ja, jaEasy: status.jaEasy, en: status.en } }, source }] } as Kpi
}
/** Visible text, readings dropped (as a reader with furigana off sees it), spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<rt>.*?<\/rt>|<rp>.*?<\/rp>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')

/** The panel as the KPI's page renders it, the KPI reduced to the page's language as its part of the plan is. */
async function panelText(path: string, kpi: Kpi): Promise<{ text: string; html: string }> {
  const locale = localeOr(path.split('/')[1])
  const html = await renderInApp(path, () => () => h(KpiPanel, { kpi: inLanguage(kpi, locale), headingLevel: null }))
  return { text: textOf(html), html }
}

describe('a KPI page with a published result', () => {
  // goal-2-m2-b-k1: higher is better, targets 13, 15, 17.
  const met = withResult('goal-2-m2-b-k1', 2024, 14)
  // goal-1-m3-a-k1: overtime hours, lower is better, targets 180, 175, 170.
  const missed = withResult('goal-1-m3-a-k1', 2024, 182)

  it.each([
    ['/ja/kpis/goal-2-m2-b-k1', '令和6年度（2024年度）の実績値：14件', '目標値（13', 'を達成しました', '2025年7月1日公表'],
    ['/ja-easy/kpis/goal-2-m2-b-k1', '2024年度 の けっか：14', 'もくひょう（13', 'に とどきました', '2025年7月1日 に でました'],
    ['/en/kpis/goal-2-m2-b-k1', 'FY2024 result: 14', 'Target met (target: 13', 'Target met', 'published July 1, 2025'],
  ])('%s says the result met its target, with the source beside it', async (path, figure, target, standing, date) => {
    const { text, html } = await panelText(path, met)
    expect(text).toContain(figure)
    expect(text).toContain(target)
    expect(text).toContain(standing)
    expect(text).toContain(date)
    expect(html).toContain(`href="${source.url}"`)
    expect(html).toContain('standing-met')
    expect(text).not.toMatch(/実績値はまだ公表されていません|けっか は まだ|No results have been published/)
  })

  it.each([
    ['/ja/kpis/goal-1-m3-a-k1', '目標値（180', 'に届きませんでした'],
    ['/ja-easy/kpis/goal-1-m3-a-k1', 'もくひょう（180', 'とどきません でした'],
    ['/en/kpis/goal-1-m3-a-k1', 'Target not met (target: 180', 'not met'],
  ])('%s judges a lower-is-better KPI the right way round: 182 hours misses 180', async (path, target, standing) => {
    const { text, html } = await panelText(path, missed)
    expect(text).toContain(target)
    expect(text).toContain(standing)
    expect(html).toContain('standing-missed')
  })

  it.each([
    ['/ja/kpis/goal-1-m1-b-k2', '令和6年度（2024年度）の実績値：一部実施', 'に届きませんでした'],
    ['/ja-easy/kpis/goal-1-m1-b-k2', '2024年度 の けっか：一部を実施しました', 'とどきません でした'],
    ['/en/kpis/goal-1-m1-b-k2', 'FY2024 result: Partly done', 'Target not met (target: '],
  ])('%s shows a milestone’s status word in the reader’s language', async (path, status, standing) => {
    const { text } = await panelText(path, withResult('goal-1-m1-b-k2', 2024, '一部実施'))
    expect(text).toContain(status)
    expect(text).toContain(standing)
  })

  it('adds the results to the table, its caption and the sentence a screen reader hears for the chart', async () => {
    const { html } = await panelText('/en/kpis/goal-2-m2-b-k1', met)
    expect(html).toContain('baseline, targets and results')
    expect(textOf(html)).toMatch(/Fiscal year\s*Target\s*Result/)
    expect(html).toContain('FY2024 Target 13 companies (Result 14 companies)')
  })

  it.each([
    ['/ja/kpis/goal-2-m2-b-k1', '実績値はまだ公表されていません'],
    ['/ja-easy/kpis/goal-2-m2-b-k1', 'けっか は まだ でて いません'],
    ['/en/kpis/goal-2-m2-b-k1', 'No results have been published yet'],
  ])('%s says plainly that none has been published, where none has', async (path, none) => {
    const { text, html } = await panelText(path, kpiNamed('goal-2-m2-b-k1'))
    expect(text).toContain(none)
    expect(html).not.toContain('standing-')
  })
})

describe('a card’s line about its KPIs', () => {
  const tallyText = async (path: string, kpis: Kpi[]) => textOf(await renderInApp(path, () => () => h(KpiResultTally, { tally: latestYearTally(kpis) })))
  const initiative = [withResult('goal-1-m3-a-k1', 2024, 182), withResult('goal-1-m3-a-k2', 2024, 64.0), kpiNamed('goal-1-m3-a-k3')]

  it.each([
    ['/ja/goals/goal-1', '令和6年度（2024年度）：成果指標2件中1件が目標値を達成（1件は未公表）', '出典：令和6年度 行政改革の取組状況（2025年7月1日公表）'],
    ['/ja-easy/goals/goal-1', '2024年度：せいか しひょう 2 の うち 1 が もくひょう に とどきました（1 は まだ でて いません）', 'でどころ：2024年度の ぎょうせいかいかく の ようす（2025年7月1日 に でました）'],
    ['/en/goals/goal-1', 'FY2024: 1 of 2 KPIs on target (1 KPI not yet published)', 'Source: Administrative reform progress, FY2024 (published July 1, 2025)'],
  ])('%s counts the KPIs on target in the latest year with results, and names their source once', async (path, line, sourceLine) => {
    expect((await tallyText(path, initiative)).trim()).toBe(`${line}${sourceLine}`)
  })

  it.each([
    ['/ja/goals/goal-1', '実績値は未公表'],
    ['/ja-easy/goals/goal-1', 'けっか は まだ でて いません'],
    ['/en/goals/goal-1', 'No results published yet'],
  ])('%s says none has been published for the real plan', async (path, none) => {
    expect((await tallyText(path, [kpiNamed('goal-1-m3-a-k1')])).trim()).toBe(none)
  })
})

describe('a goal card’s short line about its KPIs, once results are out', () => {
  // Overtime hours 182 against 180 (lower is better: missed); companies 14 against 13 (met).
  const tally = latestYearTally([withResult('goal-1-m3-a-k1', 2024, 182), withResult('goal-2-m2-b-k1', 2024, 14)])!

  it.each([
    ['/ja', '令和6年度：目標達成 1/2件'],
    ['/ja-easy', '2024年度：もくひょう に とどいた もの 1/2'],
    ['/en', 'FY2024: 1 of 2 KPIs on target'],
  ])('%s counts the KPIs on target in that year, in words short enough for the home’s first screen', async (path, line) => {
    expect(textOf(await renderInApp(path, () => () => h(KpiResultTallyShort, { tally }))).trim()).toBe(line)
  })
})
