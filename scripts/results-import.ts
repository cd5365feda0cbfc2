/**
 * Imports a filled-in results sheet into the goal files, or, if any row is wrong, writes nothing and lists
 * every problem (docs/RESULTS.md).
 * Usage: npm run results:import -- results.csv [--today=YYYY-MM-DD] [--plan-dir=DIR]
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { PLAN_DATA_DIR } from '../src/node/plan/plan-files'
import { PlanDataError } from '../src/node/plan/validate'
import { readCliArguments } from '../src/node/results/cli-arguments'
import { readDate, todayInJapan } from '../src/node/results/dates'
import { decodeSheet, importResults } from '../src/node/results/import-results'
import { describeChanges } from '../src/node/results/merge-results'

const usage = 'Usage: npm run results:import -- results.csv [--today=YYYY-MM-DD] [--plan-dir=DIR]'
const { file, options, unknown } = readCliArguments(process.argv.slice(2), ['today', 'plan-dir'])
if (!file || unknown.length > 0) {
  console.error(usage)
  process.exit(2)
}
const todayOption = options.get('today')
const today = todayOption === undefined ? todayInJapan() : readDate(todayOption)
if (today === undefined || (todayOption !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(todayOption))) {
  console.error(`--today: expected a date as YYYY-MM-DD, got "${todayOption}"\n${usage}`)
  process.exit(2)
}
const sheetName = basename(file)
const decoded = decodeSheet(readFileSync(file), sheetName)
if (!decoded.ok) {
  console.error(decoded.problem)
  process.exit(1)
}
try {
  const outcome = importResults({ csvText: decoded.text, sheetName, planDir: options.get('plan-dir') ?? PLAN_DATA_DIR, today })
  if (!outcome.ok) {
    console.error(`Nothing was imported: ${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'}\n${outcome.problems.map((line) => `  - ${line}`).join('\n')}`)
    process.exit(1)
  }
  const written = outcome.writtenFiles.length > 0 ? `wrote ${outcome.writtenFiles.join(', ')}` : 'no file changed'
  console.log(`${describeChanges(outcome.changes)}; ${outcome.skippedRows} rows without a result skipped; ${written}; the plan data is valid`)
} catch (error) {
  if (error instanceof PlanDataError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}
