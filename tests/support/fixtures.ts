import { cpSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readPlanFiles } from '../../src/node/plan/plan-files'
import type { PlanFiles } from '../../src/node/plan/validate'
import { FIXTURES_DIR } from './plan'

export const MINIMAL_PLAN_DIR = join(FIXTURES_DIR, 'plan-minimal')
export const BROKEN_CASES = readdirSync(join(FIXTURES_DIR, 'plan-broken'))

/** The minimal valid plan with some of its files replaced by those of a fixture folder. */
export function planFilesWith(overrideDir: string): PlanFiles {
  return { ...readPlanFiles(MINIMAL_PLAN_DIR), ...readPlanFiles(join(FIXTURES_DIR, overrideDir)) }
}

/** The same, as a folder on disk, for tests that run a real build. */
export function planDirWith(overrideDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-data-'))
  cpSync(MINIMAL_PLAN_DIR, dir, { recursive: true })
  cpSync(join(FIXTURES_DIR, overrideDir), dir, { recursive: true })
  return dir
}
