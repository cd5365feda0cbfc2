/**
 * Validates the plan's data files when the build starts (a malformed file
 * stops the build with the file, the path inside it and what was expected)
 * and publishes the open data: data/plan.json and data/kpis.csv.
 */
import type { Plugin } from 'vite'
import { readPlanFiles, PLAN_DATA_DIR } from '../src/data/files'
import { toKpiCsv, toPlanJson } from '../src/data/open-data'
import type { Plan } from '../src/data/schema'
import { loadPlan, PlanDataError } from '../src/data/validate'
import { join } from 'node:path'

export interface PlanDataApi {
  /** The validated plan (vite-ssg loads the config more than once, so this may read the files itself). */
  getPlan(): Plan
}

export function planDataPlugin(dataDir: string = PLAN_DATA_DIR): Plugin<PlanDataApi> {
  let plan: Plan | undefined
  let isSsrBuild = false
  return {
    name: 'atsugi:plan-data',
    api: {
      getPlan() {
        plan ??= loadPlan(readPlanFiles(dataDir))
        return plan
      },
    },
    configResolved(config) {
      isSsrBuild = Boolean(config.build.ssr)
    },
    buildStart() {
      const files = readPlanFiles(dataDir)
      for (const name of Object.keys(files)) this.addWatchFile(join(dataDir, name))
      try {
        plan = loadPlan(files)
      } catch (error) {
        if (error instanceof PlanDataError) this.error(`${error.message}\n(data directory: ${dataDir})`)
        throw error
      }
    },
    generateBundle() {
      if (isSsrBuild || plan === undefined) return
      this.emitFile({ type: 'asset', fileName: 'data/plan.json', source: toPlanJson(plan) })
      this.emitFile({ type: 'asset', fileName: 'data/kpis.csv', source: toKpiCsv(plan) })
    },
  }
}
