/**
 * Validates the plan's data files and prints what is wrong, file by file.
 * Usage: npx tsx scripts/validate-data.ts            (the whole plan)
 *        npx tsx scripts/validate-data.ts goal-2.json (one goal file, while it is being written)
 */
import { readPlanFiles } from '../src/node/plan/plan-files'
import { Departments, Goal } from '../src/schema/plan'
import { loadPlan, parseDataFile, PlanDataError } from '../src/node/plan/validate'

const files = readPlanFiles()
const only = process.argv[2]

try {
  if (only) {
    const goal = parseDataFile(only, files[only] ?? '', Goal)
    const departments = new Set(parseDataFile('departments.json', files['departments.json'] ?? '', Departments).map((d) => d.id))
    const initiatives = goal.measures.flatMap((measure) => measure.initiatives)
    const unknown = initiatives.flatMap((i) => i.actions.flatMap((a) => a.departments)).filter((id) => !departments.has(id))
    if (unknown.length > 0) throw new PlanDataError(only, [`unknown department ids: ${unknown.join(', ')}`])
    console.log(
      `${only} is valid: ${goal.measures.length} measures, ${initiatives.length} initiatives, ` +
        `${initiatives.flatMap((i) => i.actions).length} actions, ${initiatives.flatMap((i) => i.kpis).length} KPIs`,
    )
  } else {
    const plan = loadPlan(files)
    const initiatives = plan.goals.flatMap((goal) => goal.measures.flatMap((measure) => measure.initiatives))
    console.log(
      `plan data is valid: ${plan.goals.length} goals, ${plan.goals.flatMap((goal) => goal.measures).length} measures, ` +
        `${initiatives.length} initiatives, ${initiatives.flatMap((i) => i.actions).length} actions, ` +
        `${initiatives.flatMap((i) => i.kpis).length} KPIs`,
    )
  }
} catch (error) {
  if (error instanceof PlanDataError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}
