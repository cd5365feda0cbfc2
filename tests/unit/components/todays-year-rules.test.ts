import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PLAN_FISCAL_YEARS } from '../../../src/shared/plan-years'

// Today's year is marked by CSS, one rule per year of the plan, from the year the page's loader writes on <html>
// (src/boot/start-app.js): in a schedule, a KPI's table and a milestone timeline. A year of the plan without its
// rule would never be marked; the app does nothing for it as it starts.
const styleOf = (file: string) => readFileSync(resolve(file), 'utf8').split('<style')[1] ?? ''
const yearsIn = (style: string, pattern: RegExp) => [...style.matchAll(pattern)].map((match) => Number(match[1])).sort()

describe("the schedule's rules for today's year", () => {
  const style = styleOf('src/components/plan/PlanSchedule.vue')

  it('highlight the row of every year of the plan, and of no other year', () => {
    expect(yearsIn(style, /:root\[data-fiscal-year='(\d{4})'\] \.schedule-year\[data-year='\1'\]/g)).toEqual([...PLAN_FISCAL_YEARS])
  })

  it('show the badge in every year of the plan, and in no other year', () => {
    expect(yearsIn(style, /:root\[data-fiscal-year='(\d{4})'\] \[data-year='\1'\] \.badge/g)).toEqual([...PLAN_FISCAL_YEARS])
  })
})

describe("a KPI's rules for today's year", () => {
  it('highlight the row of every year of the plan in its table, and of no other year', () => {
    const style = styleOf('src/components/kpi/KpiFigureTable.vue')
    expect(yearsIn(style, /:root\[data-fiscal-year='(\d{4})'\] tr\[data-year='\1'\]/g)).toEqual([...PLAN_FISCAL_YEARS])
  })

  it('highlight the step of every year of the plan in a milestone timeline, and of no other year', () => {
    const style = styleOf('src/components/kpi/KpiMilestoneTimeline.vue')
    expect(yearsIn(style, /:root\[data-fiscal-year='(\d{4})'\] \.timeline-step\[data-year='\1'\]/g)).toEqual([...PLAN_FISCAL_YEARS])
  })
})

describe("the home's rules for today's year", () => {
  it('mark every year of the plan in its line of years, and no other year', () => {
    const style = styleOf('src/pages/HomePage.vue')
    expect(yearsIn(style, /:root\[data-fiscal-year='(\d{4})'\] \[data-year='\1'\]/g)).toEqual([...PLAN_FISCAL_YEARS])
  })
})
