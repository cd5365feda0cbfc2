/** The real plan, loaded and validated the way the build loads it, and the source text it was read from. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readPlanFiles } from '../../src/node/plan/plan-files'
import { loadPlan } from '../../src/node/plan/validate'

export const SOURCE_TEXT = readFileSync(fileURLToPath(new URL('../../docs/source/plan-ja.txt', import.meta.url)), 'utf8')

export const loadRealPlan = () => loadPlan(readPlanFiles())

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures', import.meta.url))
