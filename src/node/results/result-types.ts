/** The results the sheet carries, in the data's own shapes (src/schema/plan.ts). */
import type { MilestoneKpi, NumericKpi } from '../../schema/plan'

export type NumericResult = NumericKpi['results'][number]
export type MilestoneResult = MilestoneKpi['results'][number]
export type KpiResult = NumericResult | MilestoneResult

/** One checked row of the sheet: the result to write for a KPI's fiscal year. */
export interface ImportedResult {
  kpiId: string
  rowNumber: number
  result: KpiResult
}

/** What is wrong with one cell, named as the person who filled the sheet in will look for it. */
export interface SheetProblem {
  row: number
  column: string
  message: string
}

export function describeProblem(sheetName: string, problem: SheetProblem): string {
  return `${sheetName} row ${problem.row}, column ${problem.column}: ${problem.message}`
}
