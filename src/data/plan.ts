/**
 * The plan as the app reads it. The JSON files were validated against
 * src/schema/plan.ts when the build started (src/node/plugins/plan-data-plugin.ts), so the app
 * trusts their types here instead of shipping a validator to the browser.
 */
import departmentsJson from './plan/departments.json'
import glossaryJson from './plan/glossary.json'
import goal1Json from './plan/goal-1.json'
import goal2Json from './plan/goal-2.json'
import goal3Json from './plan/goal-3.json'
import planJson from './plan/plan.json'
import type { Goal, Plan, PlanMeta } from '../schema/plan'

// Type assertions, not checks: the build validated these files against the schema before this
// module was compiled (see above), so the browser is spared the validator.
export const plan: Plan = {
  meta: planJson as PlanMeta,
  departments: departmentsJson,
  goals: [goal1Json, goal2Json, goal3Json] as Goal[],
  glossary: glossaryJson,
}
