#!/usr/bin/env node
/**
 * Builds the app a second time, from a copy of the plan with fixture results, for the browser tests of
 * how results show (tests/e2e/results.test.ts). The source has no results and the real build ships none,
 * so the copy gets them the way the city's staff will add theirs: `npm run results:import` of a filled-in
 * sheet (tests/fixtures/results-sheet.csv: made-up figures, marked so in its notes), with a fixed "today"
 * so that FY2025 has ended. Run by `npm test` before the browser tests.
 *
 *   node scripts/build-results-fixture.mjs   → .fixture-results/plan (the data), .fixture-results/dist (the build)
 */
import { spawnSync } from 'node:child_process'
import { cpSync, rmSync } from 'node:fs'

export const FIXTURE_DIR = '.fixture-results'
const planDir = `${FIXTURE_DIR}/plan`
const outDir = `${FIXTURE_DIR}/dist`

function run(command, args, env = {}) {
  console.log(`  ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`build-results-fixture: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`)
    process.exit(1)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(FIXTURE_DIR, { recursive: true, force: true })
  cpSync('src/data/plan', planDir, { recursive: true })
  run('npx', ['tsx', 'scripts/results-import.ts', 'tests/fixtures/results-sheet.csv', `--plan-dir=${planDir}`, '--today=2026-06-01'])
  // The app's icons are the real build's (npm run build makes them first); vite-ssg shares .vite-ssg-temp, so
  // this never runs beside another build in the same checkout.
  run('npx', ['vite-ssg', 'build'], { PLAN_DATA_DIR: planDir, OUT_DIR: outDir, SITE_URL_WARNED: '1' })
}
