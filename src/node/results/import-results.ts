/**
 * The results import from start to end, on a plan folder: check the sheet, merge, validate the plan as it
 * would be, write only the goal files that change, then load the plan from disk again with the build's
 * validator. Nothing is written unless every row is right and the merged plan is valid.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readPlanFiles } from '../plan/plan-files'
import { loadPlan, PlanDataError } from '../plan/validate'
import { checkSheet } from './check-sheet'
import { mergeResults, type ResultChanges } from './merge-results'
import { describeProblem } from './result-types'

export type ImportOutcome =
  | { ok: true; changes: ResultChanges; writtenFiles: string[]; skippedRows: number }
  | { ok: false; problems: string[] }

export interface ImportRequest {
  /** The sheet's text, already decoded (see decodeSheet). */
  csvText: string
  /** How messages name the sheet, e.g. "results.csv". */
  sheetName: string
  /** The folder of plan.json and the goal files. */
  planDir: string
  /** YYYY-MM-DD: which fiscal years are over, and the latest publication date allowed. */
  today: string
}

export function importResults({ csvText, sheetName, planDir, today }: ImportRequest): ImportOutcome {
  const files = readPlanFiles(planDir)
  const plan = loadPlan(files)
  const check = checkSheet(csvText, plan, today)
  if (check.problems.length > 0) return { ok: false, problems: check.problems.map((problem) => describeProblem(sheetName, problem)) }
  const { changedFiles, changes } = mergeResults(files, plan, check.results)
  try {
    loadPlan({ ...files, ...changedFiles })
  } catch (error) {
    if (error instanceof PlanDataError) return { ok: false, problems: [`the plan with these results would be invalid: ${error.message}`] }
    throw error
  }
  for (const [file, text] of Object.entries(changedFiles)) writeFileSync(join(planDir, file), text)
  // The build's own check, on the files as written.
  loadPlan(readPlanFiles(planDir))
  return { ok: true, changes, writtenFiles: Object.keys(changedFiles), skippedRows: check.skippedRows }
}

/**
 * The sheet file's bytes as text. Excel's "CSV (comma delimited)" saves Shift_JIS, which would garble every
 * Japanese cell; such a file is refused with how to save it instead.
 */
export function decodeSheet(bytes: Uint8Array, sheetName: string): { ok: true; text: string } | { ok: false; problem: string } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false, problem: `${sheetName}: expected UTF-8 text; in Excel, save it as "CSV UTF-8 (コンマ区切り)"` }
  }
}
