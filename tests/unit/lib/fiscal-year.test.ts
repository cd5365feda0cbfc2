import { describe, expect, it } from 'vitest'
import { fiscalYearOf, planPhaseAt, reiwaYearOf } from '../../../src/lib/fiscal-year'

describe('fiscal years', () => {
  it('start on 1 April: 31 March belongs to the year before', () => {
    expect(fiscalYearOf(new Date(2025, 2, 31))).toBe(2024)
    expect(fiscalYearOf(new Date(2025, 3, 1))).toBe(2025)
    expect(fiscalYearOf(new Date(2026, 11, 31))).toBe(2026)
  })

  it('read 令和6年度 as FY2024', () => {
    expect(reiwaYearOf(2024)).toBe(6)
    expect(reiwaYearOf(2026)).toBe(8)
  })
})

describe('where a date sits in the FY2024–FY2026 plan', () => {
  it('is before the plan until 31 March 2024', () => {
    expect(planPhaseAt(new Date(2024, 2, 31), 2024, 2026)).toEqual({ kind: 'before', fiscalYear: 2023 })
  })

  it('is year 1 of 3 from 1 April 2024, and year 3 in November 2026', () => {
    expect(planPhaseAt(new Date(2024, 3, 1), 2024, 2026)).toEqual({ kind: 'during', fiscalYear: 2024, yearOfPlan: 1, yearsInPlan: 3 })
    expect(planPhaseAt(new Date(2026, 10, 24), 2024, 2026)).toEqual({ kind: 'during', fiscalYear: 2026, yearOfPlan: 3, yearsInPlan: 3 })
  })

  it('is after the plan from 1 April 2027', () => {
    expect(planPhaseAt(new Date(2027, 2, 31), 2024, 2026).kind).toBe('during')
    expect(planPhaseAt(new Date(2027, 3, 1), 2024, 2026)).toEqual({ kind: 'after', fiscalYear: 2027 })
  })
})
