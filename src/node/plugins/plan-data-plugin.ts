/**
 * Validates the plan's data files when the build starts (a malformed file
 * stops the build with the file, the path inside it and what was expected)
 * and publishes the open data: data/plan.json and data/kpis.csv.
 */
import { join } from 'node:path'
import { normalizePath, type Plugin } from 'vite'
import { planTextRoots, stripTranslations, translationsOf } from '../../data/plan-texts'
import type { Plan } from '../../schema/plan'
import { LANGUAGES } from '../../shared/languages'
import { toKpiCsv, toPlanJson } from '../plan/open-data'
import { PLAN_DATA_DIR, readPlanFiles } from '../plan/plan-files'
import { loadPlan, PlanDataError } from '../plan/validate'

/**
 * `virtual:plan-texts`: for each language whose plan texts have a chunk of their own (src/shared/languages.ts),
 * a loader of `virtual:plan-texts-<code>`, the list of its texts (src/data/load-plan-texts.ts reads them).
 */
const PLAN_TEXTS_INDEX = 'virtual:plan-texts'
const PLAN_TEXTS_CHUNK = 'virtual:plan-texts-'
const OWN_CHUNK_LANGUAGES = LANGUAGES.filter((language) => language.planTexts === 'own-chunk')

export interface PlanDataApi {
  /** The validated plan (vite-ssg loads the config more than once, so this may read the files itself). */
  getPlan(): Plan
}

export function planDataPlugin(dataDir: string = PLAN_DATA_DIR): Plugin<PlanDataApi> {
  let plan: Plan | undefined
  let isSsrBuild = false
  const dataFilePrefix = `${normalizePath(dataDir)}/`
  return {
    name: 'atsugi:plan-data',
    // Before Vite's JSON plugin: the browser's copy of each data file loses its translations first.
    enforce: 'pre',
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
    transform(code, id, options) {
      // The prerender keeps every language; the browser's plan chunk keeps Japanese only.
      if (options?.ssr || !id.startsWith(dataFilePrefix) || !id.endsWith('.json')) return null
      const json: unknown = JSON.parse(code)
      stripTranslations(json)
      return { code: JSON.stringify(json), map: null }
    },
    resolveId(id) {
      return id === PLAN_TEXTS_INDEX || id.startsWith(PLAN_TEXTS_CHUNK) ? `\0${id}` : null
    },
    load(id) {
      if (id === `\0${PLAN_TEXTS_INDEX}`) {
        const loaders = OWN_CHUNK_LANGUAGES.map(({ code }) => `${JSON.stringify(code)}: () => import(${JSON.stringify(PLAN_TEXTS_CHUNK + code)})`)
        return `export default { ${loaders.join(', ')} }`
      }
      if (!id.startsWith(`\0${PLAN_TEXTS_CHUNK}`)) return null
      const code = id.slice(`\0${PLAN_TEXTS_CHUNK}`.length)
      const language = OWN_CHUNK_LANGUAGES.find((candidate) => candidate.code === code)?.content
      if (!language) {
        this.error(`${PLAN_TEXTS_CHUNK}${code}: no language with plan texts of their own (known: ${OWN_CHUNK_LANGUAGES.map((each) => each.code).join(', ')})`)
      }
      // Walked from the raw files, in the order the app walks its plan (src/data/plan.ts keeps file key order).
      const files = readPlanFiles(dataDir)
      const raw = (name: string): unknown => JSON.parse(files[name] ?? 'null')
      const meta = raw('plan.json') as Plan['meta']
      const roots = planTextRoots({
        meta,
        departments: raw('departments.json') as Plan['departments'],
        goals: meta.goals.map((goalId) => raw(`${goalId}.json`)) as Plan['goals'],
        glossary: raw('glossary.json') as Plan['glossary'],
      })
      return `export default ${JSON.stringify(translationsOf(roots, language))}`
    },
    generateBundle() {
      if (isSsrBuild || plan === undefined) return
      this.emitFile({ type: 'asset', fileName: 'data/plan.json', source: toPlanJson(plan) })
      this.emitFile({ type: 'asset', fileName: 'data/kpis.csv', source: toKpiCsv(plan) })
    },
  }
}
