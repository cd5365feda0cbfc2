import { describe, expect, it } from 'vitest'
import { readPlanFiles } from '../../../../src/node/plan/plan-files'
import { formatPath, loadPlan, PlanDataError } from '../../../../src/node/plan/validate'
import { BROKEN_CASES, MINIMAL_PLAN_DIR, planFilesWith } from '../../../support/fixtures'

/** What each broken fixture must be reported as: the file, the path inside it, what was expected. */
const EXPECTED_ERRORS: Record<string, { file: string; path: string; expected: RegExp }> = {
  'missing-target': {
    file: 'goal-1.json',
    path: 'measures[0].initiatives[0].kpis[0].targets.fy2026',
    expected: /expected object, received undefined/,
  },
  'unknown-department': {
    file: 'goal-2.json',
    path: 'measures[0].initiatives[0].actions[0].departments[0]',
    expected: /expected an id from departments\.json, got "no-such-department"/,
  },
  'duplicate-id': {
    file: 'goal-3.json',
    path: 'measures[0].initiatives[0].actions[0].id',
    expected: /expected a unique id, "goal-1-m1-a-1" is also used at goal-1\.json/,
  },
  'unknown-schedule-kind': {
    file: 'goal-1.json',
    path: 'measures[0].initiatives[0].actions[0].schedule.fy2025.kind',
    expected: /Expected 'activity' \| 'continues' \| 'none'/,
  },
  'number-as-text': {
    file: 'goal-2.json',
    path: 'measures[0].initiatives[0].kpis[0].baseline.number',
    expected: /expected number, received string/,
  },
  'result-without-source': {
    file: 'goal-1.json',
    path: 'measures[0].initiatives[0].kpis[0].results[0].source',
    expected: /expected object, received undefined/,
  },
  'invalid-json': { file: 'departments.json', path: '(root)', expected: /expected valid JSON/ },
}

describe('loading the plan data', () => {
  it('accepts the minimal valid plan', () => {
    const plan = loadPlan(readPlanFiles(MINIMAL_PLAN_DIR))
    expect(plan.goals.map((goal) => goal.id)).toEqual(['goal-1', 'goal-2', 'goal-3'])
  })

  it('has an expectation for every broken fixture', () => {
    expect(BROKEN_CASES.sort()).toEqual(Object.keys(EXPECTED_ERRORS).sort())
  })

  it.each(Object.entries(EXPECTED_ERRORS))('rejects the "%s" fixture naming the file, the path and what was expected', (name, expected) => {
    let caught: unknown
    try {
      loadPlan(planFilesWith(`plan-broken/${name}`))
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(PlanDataError)
    const error = caught as PlanDataError
    expect(error.file).toBe(expected.file)
    expect(error.message).toContain(`Invalid plan data in ${expected.file}`)
    const problem = error.problems.find((line) => line.startsWith(`at ${expected.path}:`))
    expect(problem, error.message).toBeDefined()
    expect(problem).toMatch(expected.expected)
  })

  it('names a goal file that plan.json lists but that does not exist', () => {
    const files = { ...readPlanFiles(MINIMAL_PLAN_DIR) }
    delete files['goal-2.json']
    expect(() => loadPlan(files)).toThrow(/Invalid plan data in goal-2\.json:\n {2}- at \(root\): expected the file to exist/)
  })
})

describe('formatPath', () => {
  it('writes array indexes in brackets and keys with dots', () => {
    expect(formatPath(['measures', 0, 'initiatives', 2, 'title'])).toBe('measures[0].initiatives[2].title')
    expect(formatPath([])).toBe('(root)')
  })
})
