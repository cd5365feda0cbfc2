/**
 * Writes checked results into the goal files' text. The import merges: a result on the sheet is added, or
 * replaces the one the data has for that KPI and fiscal year; a result the sheet does not carry (an empty
 * row, or a year before the plan) stays. Nothing is removed: the sheet has no way to say "remove".
 */
import { isDeepStrictEqual } from 'node:util'
import type { Plan } from '../../schema/plan'
import type { PlanFiles } from '../plan/validate'
import { replaceSpan, spanAt } from './json-spans'
import type { ImportedResult, KpiResult } from './result-types'

export interface ResultChanges {
  added: number
  changed: number
  unchanged: number
}

export interface MergedFiles {
  /** The goal files whose text changed, by name: only these are to be written. */
  changedFiles: Record<string, string>
  changes: ResultChanges
}

export function mergeResults(files: PlanFiles, plan: Pick<Plan, 'goals'>, imported: readonly ImportedResult[]): MergedFiles {
  const byKpi = new Map<string, ImportedResult[]>()
  for (const item of imported) byKpi.set(item.kpiId, [...(byKpi.get(item.kpiId) ?? []), item])
  const changes: ResultChanges = { added: 0, changed: 0, unchanged: 0 }
  const changedFiles: Record<string, string> = {}
  for (const goal of plan.goals) {
    const file = `${goal.id}.json`
    let text = files[file]
    if (text === undefined) throw new Error(`${file}: expected the file of goal ${goal.id}`)
    goal.measures.forEach((measure, measureIndex) =>
      measure.initiatives.forEach((initiative, initiativeIndex) =>
        initiative.kpis.forEach((kpi, kpiIndex) => {
          const incoming = byKpi.get(kpi.id)
          if (!incoming) return
          const merged = mergeKpiResults(kpi.results, incoming.map((item) => item.result), changes)
          if (isDeepStrictEqual(merged, kpi.results)) return
          const path = ['measures', measureIndex, 'initiatives', initiativeIndex, 'kpis', kpiIndex, 'results']
          const span = spanAt(text ?? '', path)
          if (!span) throw new Error(`${file}: expected a results list at ${path.join('.')}`)
          text = replaceSpan(text ?? '', span, merged)
        }),
      ),
    )
    if (text !== files[file]) changedFiles[file] = text
  }
  return { changedFiles, changes }
}

/** The KPI's results with the sheet's in place, sorted by fiscal year; counts what each sheet result did. */
function mergeKpiResults(existing: readonly KpiResult[], incoming: readonly KpiResult[], changes: ResultChanges): KpiResult[] {
  const byYear = new Map(existing.map((result) => [result.fiscalYear, result]))
  for (const result of incoming) {
    const before = byYear.get(result.fiscalYear)
    if (!before) changes.added += 1
    else if (isDeepStrictEqual(before, result)) changes.unchanged += 1
    else changes.changed += 1
    byYear.set(result.fiscalYear, result)
  }
  return [...byYear.values()].sort((a, b) => a.fiscalYear - b.fiscalYear)
}

export function describeChanges({ added, changed, unchanged }: ResultChanges): string {
  const results = (count: number) => `${count} result${count === 1 ? '' : 's'}`
  return `${results(added)} added, ${changed} changed, ${unchanged} unchanged, 0 removed (the import adds and replaces, never removes)`
}
