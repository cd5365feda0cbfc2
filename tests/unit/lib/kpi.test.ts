import { describe, expect, it } from 'vitest'
import { sameTargetEveryYear } from '@/lib/kpi'
import { listKpis } from '@/data/walk'
import type { Kpi, NumericKpi } from '@/schema/plan'
import { loadRealPlan } from '../../support/plan'

const plan = loadRealPlan()
const numeric = listKpis(plan).map(({ kpi }) => kpi).filter((kpi): kpi is NumericKpi => kpi.kind === 'numeric')
const withTargets = (kpi: NumericKpi, numbers: (number | null)[]): Kpi => ({
  ...kpi,
  targets: {
    fy2024: numbers[0] === null ? null : { number: numbers[0]!, printed: String(numbers[0]) },
    fy2025: numbers[1] === null ? null : { number: numbers[1]!, printed: String(numbers[1]) },
    fy2026: numbers[2] === null ? null : { number: numbers[2]!, printed: String(numbers[2]) },
  },
})

describe('sameTargetEveryYear', () => {
  const kpi = numeric[0]!
  it('gives the one target a KPI keeps in all three years', () => {
    expect(sameTargetEveryYear(withTargets(kpi, [1, 1, 1]))).toMatchObject({ number: 1 })
  })

  it('is null where the targets change or a year has none', () => {
    expect(sameTargetEveryYear(withTargets(kpi, [1, 2, 3]))).toBeNull()
    expect(sameTargetEveryYear(withTargets(kpi, [1, 1, null]))).toBeNull()
    expect(sameTargetEveryYear(withTargets(kpi, [null, null, null]))).toBeNull()
  })

  it('finds the plan’s flat targets (社会人採用の人数: 1人 in each year) and leaves the rising ones', () => {
    const flat = numeric.filter((each) => sameTargetEveryYear(each) !== null).map((each) => each.id)
    expect(flat).toContain('goal-1-m2-b-k1')
    expect(flat.length).toBeLessThan(numeric.length)
  })
})
