/**
 * Writes the results sheet for the city's staff to fill in (docs/RESULTS.md).
 * Usage: npm run results:template -- results.csv [--plan-dir=DIR]
 */
import { writeFileSync } from 'node:fs'
import { PLAN_DATA_DIR, readPlanFiles } from '../src/node/plan/plan-files'
import { loadPlan, PlanDataError } from '../src/node/plan/validate'
import { readCliArguments } from '../src/node/results/cli-arguments'
import { templateRecords } from '../src/node/results/template'
import { serialiseCsv } from '../src/node/results/csv'

const { file, options, unknown } = readCliArguments(process.argv.slice(2), ['plan-dir'])
if (!file || unknown.length > 0) {
  console.error('Usage: npm run results:template -- results.csv [--plan-dir=DIR]')
  process.exit(2)
}
try {
  const records = templateRecords(loadPlan(readPlanFiles(options.get('plan-dir') ?? PLAN_DATA_DIR)))
  writeFileSync(file, serialiseCsv(records))
  console.log(`${file}: ${records.length - 1} rows (one per KPI and fiscal year), to fill in and import with npm run results:import -- ${file}`)
} catch (error) {
  if (error instanceof PlanDataError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}
