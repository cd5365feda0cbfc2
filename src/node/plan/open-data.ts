/**
 * The plan as open data: data/plan.json (everything) and data/kpis.csv (one
 * row per KPI), generated at build time from the same validated files the app
 * shows, never edited by hand.
 */
import type { Kpi, MilestoneValue, NumericValue, Plan } from '../../schema/plan'
import { FISCAL_YEAR_KEYS, PLAN_FISCAL_YEARS } from '../../shared/plan-years'
import { printedDecimals } from '../../shared/printed-values'
import { listKpis } from '../../data/walk'
import { reiwaYearOf } from '../../lib/fiscal-year'
import { judgedResults, type Standing } from '../../lib/kpi-results'
import { serialiseCsv } from '../results/csv'

export const OPEN_DATA_SCHEMA_VERSION = 1

export function toPlanJson(plan: Plan): string {
  return `${JSON.stringify({ schemaVersion: OPEN_DATA_SCHEMA_VERSION, ...plan }, null, 2)}\n`
}

/** For each year of the plan, its published result: the figure, whether it met the year's target, and its source. */
const RESULT_COLUMNS = PLAN_FISCAL_YEARS.flatMap((year) =>
  ['実績', '達成状況', '出典', '出典URL', '公表日'].map((column) => `令和${reiwaYearOf(year)}年度${column}`),
)

export const KPI_CSV_COLUMNS: readonly string[] = [
  'kpi_id',
  '重点目標',
  '施策',
  '取組項目',
  '成果指標',
  '単位',
  '現状値',
  '令和6年度目標',
  '令和7年度目標',
  '令和8年度目標',
  '低いほど良い',
  ...RESULT_COLUMNS,
]

/** A result's standing in words a spreadsheet can filter on (src/lib/kpi-results.ts says how each is judged). */
const STANDING_WORDS: Record<Standing, string> = {
  met: '達成',
  missed: '未達成',
  noTarget: '目標値なし',
  unknownStatus: '判定なし',
}

/**
 * A KPI value as a spreadsheet cell: the number alone (the unit has its own column), with the decimals the
 * source prints ("64.0", not "64"), or the milestone's words.
 */
function cell(value: NumericValue | MilestoneValue | null): string {
  if (value === null) return ''
  return 'number' in value ? value.number.toFixed(printedDecimals(value.printed)) : value.text.ja
}

export function toKpiCsv(plan: Plan): string {
  const rows = listKpis(plan).map(({ goal, measure, initiative, kpi }) => {
    const targets = FISCAL_YEAR_KEYS.map((year) => cell(kpi.targets[year]))
    return [
      kpi.id,
      goal.title.ja,
      measure.title.ja,
      initiative.title.ja,
      kpi.name.ja,
      kpi.kind === 'numeric' ? kpi.unit.ja : '',
      kpi.kind === 'numeric' ? cell(kpi.baseline) : '',
      ...targets,
      kpi.kind === 'numeric' ? String(kpi.lowerIsBetter) : '',
      ...resultCells(kpi),
    ]
  })
  // UTF-8 with a byte-order mark (Excel in Japan reads a CSV as Shift_JIS without one), as the results sheet is.
  return serialiseCsv([KPI_CSV_COLUMNS, ...rows])
}

/** Five cells for each year of the plan, empty until the city publishes that year's result. */
function resultCells(kpi: Kpi): string[] {
  const results = judgedResults(kpi)
  return PLAN_FISCAL_YEARS.flatMap((year) => {
    const result = results.find((each) => each.fiscalYear === year)
    if (!result) return ['', '', '', '', '']
    return [cell(result.value), STANDING_WORDS[result.standing], result.source.title.ja, result.source.url, result.source.publishedOn]
  })
}
