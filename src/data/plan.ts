/**
 * The plan as the app reads it. The JSON files were validated against
 * ./schema.ts when the build started (build/plan-data-plugin.ts), so the app
 * trusts their types here instead of shipping a validator to the browser.
 */
import departmentsJson from './plan/departments.json'
import glossaryJson from './plan/glossary.json'
import goal1Json from './plan/goal-1.json'
import goal2Json from './plan/goal-2.json'
import goal3Json from './plan/goal-3.json'
import planJson from './plan/plan.json'
import type { Department, Goal, GlossaryTerm, Plan, PlanMeta } from './schema'

/** The build has validated these files (see above); here they only receive their types. */
function validated<T>(json: unknown): T {
  return json as T
}

export const plan: Plan = {
  meta: validated<PlanMeta>(planJson),
  departments: validated<Department[]>(departmentsJson),
  goals: [goal1Json, goal2Json, goal3Json].map((goal) => validated<Goal>(goal)),
  glossary: validated<GlossaryTerm[]>(glossaryJson),
}
