/**
 * Validates the plan's data files when the build starts (a malformed file
 * stops the build with the file, the path inside it and what was expected),
 * publishes the open data (data/plan.json and data/kpis.csv), and writes the
 * parts of the plan the app reads, per language (plan-data/<locale>/…json).
 */
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { allPlanPartRequests, buildPlanPart } from '../../data/plan-part-builders'
import { planPartFile } from '../../data/plan-parts'
import type { Plan } from '../../schema/plan'
import { LOCALES } from '../../shared/languages'
import { toKpiCsv, toPlanJson } from '../plan/open-data'
import { PLAN_DATA_DIR, readPlanFiles } from '../plan/plan-files'
import { loadPlan, PlanDataError } from '../plan/validate'

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
      // The app's own reading of the plan: each part a page needs, in each language (src/data/plan-parts.ts).
      for (const locale of LOCALES) {
        for (const request of allPlanPartRequests(plan)) {
          this.emitFile({ type: 'asset', fileName: planPartFile(locale, request), source: JSON.stringify(buildPlanPart(plan, locale, request)) })
        }
      }
    },
  }
}
