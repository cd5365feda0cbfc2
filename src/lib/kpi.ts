/** Reading a KPI: its values in order, and whether its targets sit on the "wrong" side of the baseline. */
import type { Kpi, NumericValue } from '@/schema/plan'
import { FISCAL_YEAR_KEYS, PLAN_FISCAL_YEARS } from '@/shared/plan-years'

/**
 * True where the source sets a target that is worse than the baseline
 * (below it for a higher-is-better KPI): the app says so, so the chart's
 * falling line is not misread as a mistake.
 */
export function hasTargetWorseThanBaseline(kpi: Kpi): boolean {
  if (kpi.kind !== 'numeric' || kpi.baseline === null) return false
  const baseline = kpi.baseline.number
  return FISCAL_YEAR_KEYS.some((year) => {
    const target = kpi.targets[year]
    if (target === null) return false
    return kpi.lowerIsBetter ? target.number > baseline : target.number < baseline
  })
}

export interface KpiYearRow<T> {
  fiscalYear: number
  target: T | null
  result: T | null
}

/** The three plan years with their target and any published result. */
export function kpiYears(kpi: Kpi): KpiYearRow<unknown>[] {
  return FISCAL_YEAR_KEYS.map((key, index) => {
    const fiscalYear = PLAN_FISCAL_YEARS[index] ?? 0
    const result = kpi.results.find((entry) => entry.fiscalYear === fiscalYear)
    return { fiscalYear, target: kpi.targets[key], result: result?.value ?? null }
  })
}

/**
 * The one target a numeric KPI keeps in every year of the plan (社会人採用の人数: 1人, 1人, 1人), or null
 * where the targets change or a year has none. A flat dashed line reads as "nothing planned": the app
 * says in words that the target holds.
 */
export function sameTargetEveryYear(kpi: Kpi): NumericValue | null {
  if (kpi.kind !== 'numeric') return null
  const [first, ...rest] = FISCAL_YEAR_KEYS.map((year) => kpi.targets[year])
  if (!first || rest.some((target) => target?.number !== first.number)) return null
  return first
}
