/**
 * The results sheet to fill in: one row per KPI and fiscal year of the plan, in the plan's order, with the
 * names, unit and target to read from and empty cells for the result and its citation. A row whose result
 * is already in the data carries it, so that exporting and importing again changes nothing.
 */
import type { Kpi, Plan } from '../../schema/plan'
import { listKpis, type KpiInPlan } from '../../data/walk'
import { FISCAL_YEAR_KEYS, PLAN_FISCAL_YEARS, type PlanFiscalYear } from '../../shared/plan-years'
import { headerOf, SHEET_COLUMNS, type ColumnKey } from './columns'
import { serialiseCsv } from './csv'
import type { KpiResult } from './result-types'

/** The sheet's header row and one record per KPI and year, in SHEET_COLUMNS' order. */
export function templateRecords(plan: Pick<Plan, 'goals'>): string[][] {
  const header = SHEET_COLUMNS.map(({ key }) => headerOf(key))
  const rows = listKpis(plan).flatMap((item) => PLAN_FISCAL_YEARS.map((fiscalYear) => templateRow(item, fiscalYear)))
  return [header, ...rows.map((cells) => SHEET_COLUMNS.map(({ key }) => cells[key]))]
}

/** The sheet as the file's text (UTF-8 with BOM, CRLF: ./csv.ts). */
export function templateCsv(plan: Pick<Plan, 'goals'>): string {
  return serialiseCsv(templateRecords(plan))
}

function templateRow({ goal, initiative, kpi }: KpiInPlan, fiscalYear: PlanFiscalYear): Record<ColumnKey, string> {
  const result = kpi.results.find((each) => each.fiscalYear === fiscalYear)
  return {
    kpi_id: kpi.id,
    fiscal_year: String(fiscalYear),
    goal: goal.title.ja,
    initiative: `${initiative.label} ${initiative.title.ja}`,
    kpi: kpi.name.ja,
    kind: kpi.kind === 'numeric' ? '数値' : '取組状況',
    unit: kpi.kind === 'numeric' ? kpi.unit.ja : '',
    lower_is_better: kpi.kind === 'numeric' ? (kpi.lowerIsBetter ? 'はい' : 'いいえ') : '',
    target: targetOf(kpi, fiscalYear),
    result: result ? resultCell(result) : '',
    source_title: result?.source.title.ja ?? '',
    // Left empty where the Japanese title stands in, as the import writes it back the same way.
    source_title_ja_easy: result && result.source.title.jaEasy !== result.source.title.ja ? result.source.title.jaEasy : '',
    source_title_en: result && result.source.title.en !== result.source.title.ja ? result.source.title.en : '',
    source_url: result?.source.url ?? '',
    published_on: result?.source.publishedOn ?? '',
    note: '',
  }
}

/** The year's target as the source prints it; — where the source shows a dash. */
function targetOf(kpi: Kpi, fiscalYear: PlanFiscalYear): string {
  const key = FISCAL_YEAR_KEYS[PLAN_FISCAL_YEARS.indexOf(fiscalYear)]
  const target = key === undefined ? null : kpi.targets[key]
  if (!target) return '—'
  return 'printed' in target ? target.printed : target.text.ja
}

function resultCell(result: KpiResult): string {
  return 'printed' in result.value ? result.value.printed : result.value.text.ja
}
