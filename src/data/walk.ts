/** Flat views over the nested plan, each item carrying its ancestors. */
import type { Action, Goal, Initiative, Kpi, Measure, Plan } from '../schema/plan'

export interface InitiativeInPlan {
  goal: Goal
  measure: Measure
  initiative: Initiative
}
export interface KpiInPlan extends InitiativeInPlan {
  kpi: Kpi
}
export interface ActionInPlan extends InitiativeInPlan {
  action: Action
}

export function listInitiatives(plan: Pick<Plan, 'goals'>): InitiativeInPlan[] {
  return plan.goals.flatMap((goal) =>
    goal.measures.flatMap((measure) => measure.initiatives.map((initiative) => ({ goal, measure, initiative }))),
  )
}

export function listKpis(plan: Pick<Plan, 'goals'>): KpiInPlan[] {
  return listInitiatives(plan).flatMap((parent) => parent.initiative.kpis.map((kpi) => ({ ...parent, kpi })))
}

export function listActions(plan: Pick<Plan, 'goals'>): ActionInPlan[] {
  return listInitiatives(plan).flatMap((parent) => parent.initiative.actions.map((action) => ({ ...parent, action })))
}

/** Every Japanese text inside a part of the plan, e.g. to find where a glossary term is used. */
export function japaneseTextsOf(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return []
  if ('ja' in value && typeof value.ja === 'string') return [value.ja]
  return Object.values(value).flatMap(japaneseTextsOf)
}
