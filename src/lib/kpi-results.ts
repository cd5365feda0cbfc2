/**
 * How a KPI is doing, once the city has published results (imported by `npm run results:import`,
 * docs/RESULTS.md): each result set against its year's target, and counts of how many KPIs met theirs.
 * The source has no results, so until the city publishes some every function here reports none.
 */
import type { Kpi, MilestoneValue, NumericValue } from '../schema/plan'
import { milestoneStatusOf, type MilestoneStatus } from '../data/milestone-statuses'
import { FISCAL_YEAR_KEYS, PLAN_FISCAL_YEARS } from '../shared/plan-years'

/**
 * A result against its year's target: met or missed; `noTarget` where the source sets none for that year
 * (shown, but not counted either way); `unknownStatus` for a milestone word the app does not know (the
 * import accepts only known words, so this is data edited by hand: shown as written, not counted).
 */
export type Standing = 'met' | 'missed' | 'noTarget' | 'unknownStatus'

/** Where a result was published: the city's title, address and date (src/schema/plan.ts). */
export type ResultSource = Kpi['results'][number]['source']

interface ResultBase {
  fiscalYear: number
  standing: Standing
  source: ResultSource
}

export type JudgedResult =
  | (ResultBase & { kind: 'numeric'; value: NumericValue; target: NumericValue | null })
  | (ResultBase & { kind: 'milestone'; value: MilestoneValue; target: MilestoneValue | null; status: MilestoneStatus | undefined })

/** The year's target, for a year of the plan (results for other years have none to meet). */
function targetIn<T>(targets: Record<(typeof FISCAL_YEAR_KEYS)[number], T | null>, fiscalYear: number): T | null {
  const index = PLAN_FISCAL_YEARS.findIndex((year) => year === fiscalYear)
  const key = FISCAL_YEAR_KEYS[index]
  return key ? targets[key] : null
}

/** Met means reaching the target from the right side: at or above it, or at or below it for a lower-is-better KPI. */
export function numericStanding(result: number, target: number | null, lowerIsBetter: boolean): Standing {
  if (target === null) return 'noTarget'
  return (lowerIsBetter ? result <= target : result >= target) ? 'met' : 'missed'
}

/** Every published result of a KPI, oldest year first, each with its year's target and standing. */
export function judgedResults(kpi: Kpi): JudgedResult[] {
  const judged: JudgedResult[] =
    kpi.kind === 'numeric'
      ? kpi.results.map(({ fiscalYear, value, source }) => {
          const target = targetIn(kpi.targets, fiscalYear)
          return { kind: 'numeric', fiscalYear, value, source, target, standing: numericStanding(value.number, target?.number ?? null, kpi.lowerIsBetter) }
        })
      : kpi.results.map(({ fiscalYear, value, source }) => {
          const target = targetIn(kpi.targets, fiscalYear)
          const status = milestoneStatusOf(value.text)
          const standing: Standing = target === null ? 'noTarget' : !status ? 'unknownStatus' : status.meetsTarget ? 'met' : 'missed'
          return { kind: 'milestone', fiscalYear, value, source, target, status, standing }
        })
  return judged.sort((a, b) => a.fiscalYear - b.fiscalYear)
}

/** How a group of KPIs (an initiative's, a goal's) did in one fiscal year. */
export interface YearTally {
  fiscalYear: number
  /** KPIs whose result met that year's target. */
  met: number
  /** KPIs with a result and a target that year: the "of" in "2 of 3 KPIs on target". */
  judged: number
  /** KPIs with no result for that year yet. */
  unpublished: number
  /** What that year's results were published in, each once (a card names its sources beside its count). */
  sources: ResultSource[]
}

/**
 * The tally for the latest fiscal year in which any of the KPIs has a result, or null where none has one:
 * the most recent news about the group, which is what a card has room for.
 */
export function latestYearTally(kpis: readonly Kpi[]): YearTally | null {
  const years = kpis.flatMap((kpi) => kpi.results.map((result) => result.fiscalYear))
  if (years.length === 0) return null
  const fiscalYear = Math.max(...years)
  const thatYear = kpis.map((kpi) => judgedResults(kpi).find((result) => result.fiscalYear === fiscalYear))
  const judged = thatYear.filter((result) => result?.standing === 'met' || result?.standing === 'missed')
  return {
    fiscalYear,
    met: judged.filter((result) => result?.standing === 'met').length,
    judged: judged.length,
    unpublished: thatYear.filter((result) => result === undefined).length,
    sources: distinctSources(thatYear.flatMap((result) => (result ? [result.source] : []))),
  }
}

/** Sources in the order met, each publication (its address) once. */
function distinctSources(sources: readonly ResultSource[]): ResultSource[] {
  return sources.filter((source, index) => sources.findIndex((other) => other.url === source.url) === index)
}

/** The most recent publication any of the KPIs' results comes from (the home names it beside its count), or null. */
export function latestSource(kpis: readonly Kpi[]): ResultSource | null {
  const sources = kpis.flatMap((kpi) => kpi.results.map((result) => result.source))
  return sources.reduce<ResultSource | null>((latest, source) => (latest === null || source.publishedOn > latest.publishedOn ? source : latest), null)
}

/** How many of the KPIs have at least one published result. */
export function countWithResults(kpis: readonly Kpi[]): number {
  return kpis.filter((kpi) => kpi.results.length > 0).length
}
