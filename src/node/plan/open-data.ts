/**
 * The plan as open data: data/plan.json (everything) and data/kpis.csv (one
 * row per KPI), generated at build time from the same validated files the app
 * shows, never edited by hand.
 */
import type { MilestoneValue, NumericValue, Plan } from '../../schema/plan'
import { FISCAL_YEAR_KEYS } from '../../shared/plan-years'
import { printedDecimals } from '../../shared/printed-values'
import { listKpis } from '../../data/walk'

export const OPEN_DATA_SCHEMA_VERSION = 1

export function toPlanJson(plan: Plan): string {
  return `${JSON.stringify({ schemaVersion: OPEN_DATA_SCHEMA_VERSION, ...plan }, null, 2)}\n`
}

export const KPI_CSV_COLUMNS = [
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
] as const

/** Excel in Japan reads a CSV as Shift_JIS unless it starts with a byte-order mark. */
const UTF8_BOM = '\uFEFF'

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
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
    ]
  })
  const lines = [KPI_CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(','))
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`
}
