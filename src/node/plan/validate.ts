/**
 * Validation of the plan's data files, with errors a maintainer can act on:
 * every message names the file, the path inside it and what was expected.
 * Build-time and test-time only (it uses zod, which the browser never loads).
 */
import type { z } from 'zod'
import { Departments, Glossary, Goal, PlanMeta, type Plan } from '../../schema/plan'
import { findBrokenReferences } from './integrity'

export class PlanDataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid plan data in ${file}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'PlanDataError'
  }
}

/** "goals[0].measures[1]" style path, "(root)" for the document itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)'
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('')
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `at ${formatPath(issue.path)}: ${issue.message}`
}

/** Parses one file's JSON text against a schema, or throws a PlanDataError naming the file. */
export function parseDataFile<T extends z.ZodType>(file: string, text: string, schema: T): z.infer<T> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new PlanDataError(file, [`at (root): expected valid JSON, ${(error as Error).message}`])
  }
  const result = schema.safeParse(json)
  if (!result.success) {
    throw new PlanDataError(file, result.error.issues.map(describeIssue))
  }
  return result.data
}

export interface PlanFiles {
  /** File name → JSON text, e.g. { 'plan.json': '…', 'goal-1.json': '…' }. */
  readonly [file: string]: string
}

/**
 * Assembles the plan from its files: plan.json, departments.json and the
 * goal-N.json files plan.json names. Throws a PlanDataError on the first file
 * that is malformed, then on any id that is repeated or does not resolve.
 */
export function loadPlan(files: PlanFiles): Plan {
  const read = (file: string): string => {
    const text = files[file]
    if (text === undefined) throw new PlanDataError(file, ['at (root): expected the file to exist'])
    return text
  }
  const meta = parseDataFile('plan.json', read('plan.json'), PlanMeta)
  const departments = parseDataFile('departments.json', read('departments.json'), Departments)
  const goals = meta.goals.map((goalId) => {
    const file = `${goalId}.json`
    const goal = parseDataFile(file, read(file), Goal)
    if (goal.id !== goalId) {
      throw new PlanDataError(file, [`at id: expected "${goalId}" (the name plan.json gives the file), got "${goal.id}"`])
    }
    return goal
  })
  const glossary = parseDataFile('glossary.json', read('glossary.json'), Glossary)
  const plan: Plan = { meta, departments, goals, glossary }
  const broken = findBrokenReferences(plan)
  if (broken.length > 0) {
    for (const { file, problems } of groupByFile(broken)) throw new PlanDataError(file, problems)
  }
  return plan
}

function groupByFile(problems: { file: string; message: string }[]) {
  const byFile = new Map<string, string[]>()
  for (const { file, message } of problems) byFile.set(file, [...(byFile.get(file) ?? []), message])
  return [...byFile].map(([file, messages]) => ({ file, problems: messages }))
}
