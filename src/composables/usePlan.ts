import { plan } from '@/data/plan'
import type { Department, Goal } from '@/schema/plan'
import { listActions, listInitiatives, listKpis, type ActionInPlan, type InitiativeInPlan, type KpiInPlan } from '@/data/walk'

const initiatives = listInitiatives(plan)
const kpis = listKpis(plan)
const actions = listActions(plan)
const departmentsById = new Map(plan.departments.map((department) => [department.id, department]))

/** Read-only access to the plan, its parts by id, and views across it. */
export function usePlan() {
  return {
    plan,
    initiatives,
    kpis,
    actions,
    findGoal: (id: string): Goal | undefined => plan.goals.find((goal) => goal.id === id),
    findInitiative: (id: string): InitiativeInPlan | undefined => initiatives.find((entry) => entry.initiative.id === id),
    findKpi: (id: string): KpiInPlan | undefined => kpis.find((entry) => entry.kpi.id === id),
    findDepartment: (id: string): Department | undefined => departmentsById.get(id),
    countsOf,
    initiativesWithSdg: (sdg: number): InitiativeInPlan[] =>
      initiatives.filter((entry) => entry.initiative.sdgs.some((tag) => tag.goal === sdg)),
    actionsOf: (departmentId: string): ActionInPlan[] =>
      actions.filter((entry) => entry.action.departments.includes(departmentId)),
  }
}

export function countsOf(goal: Goal) {
  const goalInitiatives = goal.measures.flatMap((measure) => measure.initiatives)
  return {
    measures: goal.measures.length,
    initiatives: goalInitiatives.length,
    kpis: goalInitiatives.reduce((sum, initiative) => sum + initiative.kpis.length, 0),
  }
}
