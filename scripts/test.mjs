#!/usr/bin/env node
/**
 * `npm test`: every check, in order, each step's output shown as it runs.
 * Test runners report their counts; a step that is not a test runner (lint,
 * type check, build) counts as one check. Ends with one summary line,
 * `tests: N passed, M failed`, and exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const RESULTS_DIR = '.test-results'
rmSync(RESULTS_DIR, { recursive: true, force: true })
mkdirSync(RESULTS_DIR, { recursive: true })

/** Reads the counts a vitest JSON report holds; a missing report means the runner itself failed. */
function vitestCounts(file) {
  if (!existsSync(file)) return undefined
  const report = JSON.parse(readFileSync(file, 'utf8'))
  // A file that fails to load runs no test at all: count it as one failure so it cannot pass unseen.
  const unloadedFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length
  return { passed: report.numPassedTests, failed: report.numFailedTests + unloadedFiles }
}

const vitest = (name, config) => ({
  name,
  command: ['npx', 'vitest', 'run', ...(config ? ['--config', config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS_DIR}/${name}.json`],
  counts: () => vitestCounts(`${RESULTS_DIR}/${name}.json`),
})

const steps = [
  { name: 'lint', command: ['npx', 'eslint', '.'] },
  { name: 'typecheck', command: ['npx', 'vue-tsc', '--noEmit', '-p', 'tsconfig.json'] },
  vitest('unit'),
  // Known vulnerabilities in what ships to residents (exit 2: the registry refused to answer; see the script).
  { name: 'audit', command: ['node', 'scripts/audit.mjs'], notRunExitCode: 2 },
  { name: 'build', command: ['npm', 'run', 'build'] },
  // Sizes of the build against bench/budgets.json (docs/PERFORMANCE.md says why each is what it is).
  { name: 'budgets', command: ['node', 'scripts/check-budgets.mjs'] },
  // A second build, from a copy of the plan with fixture results imported (the source has none), for the browser
  // tests of how results show (tests/e2e/results.test.ts).
  { name: 'build with fixture results', command: ['node', 'scripts/build-results-fixture.mjs'] },
  // Browser tests against the builds above: Playwright driving Debian's Chromium (found or installed by the setup).
  vitest('e2e', 'vitest.e2e.config.ts'),
]

let passed = 0
let failed = 0
const failures = []
const notRun = []
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`)
  const started = Date.now()
  const run = spawnSync(step.command[0], step.command.slice(1), { stdio: 'inherit', env: process.env })
  if (step.notRunExitCode !== undefined && run.status === step.notRunExitCode && process.env.REQUIRE_AUDIT !== '1') {
    notRun.push(step.name)
    console.log(`⚠ ${step.name} NOT RUN (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    continue
  }
  const ok = run.status === 0
  const counts = step.counts?.()
  if (counts) {
    passed += counts.passed
    failed += counts.failed
    if (!ok && counts.failed === 0) failed += 1 // the runner failed outside any test
  } else {
    if (ok) passed += 1
    else failed += 1
  }
  if (!ok) failures.push(step.name)
  console.log(`${ok ? '✔' : '✘'} ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

if (failures.length > 0) console.error(`\nFailed: ${failures.join(', ')}`)
if (notRun.length > 0) console.warn(`\nNot run (see above why): ${notRun.join(', ')}`)
console.log(`tests: ${passed} passed, ${failed} failed${notRun.length > 0 ? `, ${notRun.length} not run (${notRun.join(', ')})` : ''}`)
process.exit(failures.length > 0 ? 1 : 0)
