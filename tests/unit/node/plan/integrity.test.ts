import { describe, expect, it } from 'vitest'
import { findBrokenReferences } from '../../../../src/node/plan/integrity'
import { loadPlan } from '../../../../src/node/plan/validate'
import { planFilesWith } from '../../../support/fixtures'

describe('ids that nest', () => {
  const plan = loadPlan(planFilesWith('plan-minimal'))

  it('are an item’s holder’s id and one more part, so the app finds the initiative of a KPI from its id', () => {
    const broken = structuredClone(plan)
    const initiative = broken.goals[0]!.measures[0]!.initiatives[0]!
    initiative.kpis[0]!.id = `${initiative.id}-k1-extra`
    const problems = findBrokenReferences(broken).map((problem) => problem.message)
    expect(problems).toContainEqual(expect.stringContaining(`expected "${initiative.id}-" and one more part`))
  })
})
