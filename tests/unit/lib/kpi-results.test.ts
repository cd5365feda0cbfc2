import { describe, expect, it } from 'vitest'
import { listKpis } from '@/data/walk'
import { countWithResults, judgedResults, latestSource, latestYearTally } from '@/lib/kpi-results'
import type { Kpi } from '@/schema/plan'
import { MILESTONE_STATUSES } from '@/data/milestone-statuses'
import { loadRealPlan } from '../../support/plan'

const plan = loadRealPlan()
const kpiNamed = (id: string): Kpi => {
  const found = listKpis(plan).find(({ kpi }) => kpi.id === id)
  if (!found) throw new Error(`no KPI ${id} in the plan`)
  return found.kpi
}
const source = { title: { ja: '令和6年度 行政改革実施状況', jaEasy: '', en: '' }, url: 'https://www.city.atsugi.kanagawa.jp/results.html', publishedOn: '2025-07-01' }
/** A real KPI with results the city has not published: the source has none, so every test here makes its own. */
function withNumericResults(id: string, results: [number, number][]): Kpi {
  const kpi = kpiNamed(id)
  if (kpi.kind !== 'numeric') throw new Error(`${id} is not numeric`)
  return { ...kpi, results: results.map(([fiscalYear, number]) => ({ fiscalYear, value: { number, printed: String(number) }, source })) }
}
function withStatus(id: string, fiscalYear: number, ja: string, only?: 'en'): Kpi {
  const kpi = kpiNamed(id)
  if (kpi.kind !== 'milestone') throw new Error(`${id} is not a milestone`)
  const status = MILESTONE_STATUSES.find((each) => each.ja === ja)!
  // A page's part of the plan keeps one language only: the status must still be recognised.
  const text = only === 'en' ? ({ en: status.en } as never) : { ja: status.ja, jaEasy: status.jaEasy, en: status.en }
  return { ...kpi, results: [{ fiscalYear, value: { text }, source }] }
}

describe('a published result against its year’s target', () => {
  it('meets a higher-is-better target at or above it, and misses below it', () => {
    // goal-2-m2-b-k1: targets 13, 15, 17
    const standings = judgedResults(withNumericResults('goal-2-m2-b-k1', [[2024, 13], [2025, 14.9], [2026, 20]])).map((result) => result.standing)
    expect(standings).toEqual(['met', 'missed', 'met'])
  })

  it('meets a lower-is-better target at or below it, and misses above it (overtime hours: 180, 175, 170)', () => {
    const kpi = withNumericResults('goal-1-m3-a-k1', [[2024, 181], [2025, 175], [2026, 120]])
    expect(judgedResults(kpi).map((result) => result.standing)).toEqual(['missed', 'met', 'met'])
  })

  it('carries the year’s target and the source beside the result, oldest year first', () => {
    const [first, second] = judgedResults(withNumericResults('goal-2-m2-b-k1', [[2025, 16], [2024, 12]]))
    expect(first).toMatchObject({ fiscalYear: 2024, value: { number: 12 }, target: { number: 13 }, source })
    expect(second).toMatchObject({ fiscalYear: 2025, target: { number: 15 } })
  })

  it('judges nothing where the source sets no target for the year (goal-1-m3-c-k2 has none for FY2026)', () => {
    expect(judgedResults(withNumericResults('goal-1-m3-c-k2', [[2026, 4]]))[0]?.standing).toBe('noTarget')
  })

  it('counts only “done” as meeting a milestone, in whichever language the part keeps', () => {
    expect(judgedResults(withStatus('goal-1-m1-b-k2', 2024, '実施済み'))[0]).toMatchObject({ standing: 'met', status: { en: 'Done' } })
    expect(judgedResults(withStatus('goal-1-m1-b-k2', 2024, '一部実施'))[0]?.standing).toBe('missed')
    expect(judgedResults(withStatus('goal-1-m1-b-k2', 2024, '検討中', 'en'))[0]).toMatchObject({ standing: 'missed', status: { ja: '検討中' } })
  })

  it('shows a milestone word it does not know without counting it', () => {
    const kpi = kpiNamed('goal-1-m1-b-k2')
    const edited = { ...kpi, results: [{ fiscalYear: 2024, value: { text: { ja: 'おおむね実施', jaEasy: '', en: '' } }, source }] } as Kpi
    expect(judgedResults(edited)[0]?.standing).toBe('unknownStatus')
  })
})

describe('how a group of KPIs did', () => {
  it('tallies the latest year with any result: met, judged, and not yet published', () => {
    const kpis = [
      withNumericResults('goal-1-m3-a-k1', [[2024, 170], [2025, 176]]), // 2025: missed (lower is better, target 175)
      withNumericResults('goal-1-m3-a-k2', [[2025, 64.5]]), // 2025: met
      kpiNamed('goal-1-m3-a-k3'), // nothing published
    ]
    expect(latestYearTally(kpis)).toEqual({ fiscalYear: 2025, met: 1, judged: 2, unpublished: 1, sources: [source] })
  })

  it('names each publication that year’s results come from once, and the latest publication of all', () => {
    const later = { ...source, url: 'https://www.city.atsugi.kanagawa.jp/results-2025.html', publishedOn: '2026-05-15' }
    const kpis = [withNumericResults('goal-1-m3-a-k1', [[2024, 170]]), withNumericResults('goal-1-m3-a-k2', [[2024, 64.5]])]
    expect(latestYearTally(kpis)?.sources).toEqual([source])
    const withLater = { ...kpis[1]!, results: [...kpis[1]!.results, { fiscalYear: 2025, value: { number: 65, printed: '65.0' }, source: later }] } as Kpi
    expect(latestSource([kpis[0]!, withLater])).toEqual(later)
    expect(latestSource([kpiNamed('goal-1-m3-a-k3')])).toBeNull()
  })

  it('is null, and counts no KPI with results, for the plan as the source gives it', () => {
    const all = listKpis(plan).map(({ kpi }) => kpi)
    expect(latestYearTally(all)).toBeNull()
    expect(countWithResults(all)).toBe(0)
    expect(countWithResults([...all.slice(1), withNumericResults('goal-2-m2-b-k1', [[2024, 13]])])).toBe(1)
  })
})
