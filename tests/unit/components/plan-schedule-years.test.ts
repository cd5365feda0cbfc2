import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PLAN_FISCAL_YEARS } from '../../../src/shared/plan-years'

// PlanSchedule.vue marks today's year with one CSS rule per year of the plan (the loader writes the year on
// <html>): a year of the plan without its rules would never be marked.
const style = readFileSync(resolve('src/components/plan/PlanSchedule.vue'), 'utf8').split('<style')[1] ?? ''
const yearsIn = (pattern: RegExp) => [...style.matchAll(pattern)].map((match) => Number(match[1])).sort()

describe("the schedule's rules for today's year", () => {
  it('highlight the row of every year of the plan, and of no other year', () => {
    expect(yearsIn(/:root\[data-fiscal-year='(\d{4})'\] \.schedule-year\[data-year='\1'\]/g)).toEqual([...PLAN_FISCAL_YEARS])
  })

  it('show the badge in every year of the plan, and in no other year', () => {
    expect(yearsIn(/:root\[data-fiscal-year='(\d{4})'\] \[data-year='\1'\] \.badge/g)).toEqual([...PLAN_FISCAL_YEARS])
  })
})
