/**
 * Actual results: the schema has a place for what the city publishes, each
 * with its citation. The real plan ships none; these fixtures stand in.
 */
import { describe, expect, it } from 'vitest'
import { loadPlan } from '../../../../src/node/plan/validate'
import { planFilesWith } from '../../../support/fixtures'

describe('KPI results', () => {
  it('are accepted with the fiscal year, the value and the published source', () => {
    const plan = loadPlan(planFilesWith('plan-with-results'))
    const kpi = plan.goals[0]?.measures[0]?.initiatives[0]?.kpis[0]
    expect(kpi?.results).toEqual([
      expect.objectContaining({
        fiscalYear: 2024,
        value: { number: 2, printed: '2件' },
        source: expect.objectContaining({ url: 'https://example.org/results-2024.pdf', publishedOn: '2025-09-30' }),
      }),
    ])
  })

  it('are rejected without a source to cite', () => {
    expect(() => loadPlan(planFilesWith('plan-broken/result-without-source'))).toThrow(/results\[0\]\.source/)
  })
})
