/** Reads the plan's data files from disk (Node only: build, scripts and tests). */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PlanFiles } from './validate'

export const PLAN_DATA_DIR = fileURLToPath(new URL('../../data/plan', import.meta.url))

export function readPlanFiles(dir: string = PLAN_DATA_DIR): PlanFiles {
  const files: Record<string, string> = {}
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json')) files[name] = readFileSync(join(dir, name), 'utf8')
  }
  return files
}
