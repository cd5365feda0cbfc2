/**
 * Validates the plan's data files when the build starts (a malformed file
 * stops the build with the file, the path inside it and what was expected)
 * and publishes the open data: data/plan.json and data/kpis.csv.
 */
import { normalizePath, type Plugin } from 'vite'
import { readPlanFiles, PLAN_DATA_DIR } from '../src/data/files'
import { planTextRoots, stripTranslations, translationsOf, type TranslationLanguage } from '../src/data/localized-texts'
import { toKpiCsv, toPlanJson } from '../src/data/open-data'
import type { Plan } from '../src/data/schema'
import { loadPlan, PlanDataError } from '../src/data/validate'
import { join } from 'node:path'

/** `import('virtual:plan-texts-en')`: one language's plan texts (src/data/plan-translations.ts). */
const TRANSLATIONS_MODULE = 'virtual:plan-texts-'
const TRANSLATION_LANGUAGES: Record<string, TranslationLanguage> = { 'ja-easy': 'jaEasy', en: 'en' }

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
      return id.startsWith(TRANSLATIONS_MODULE) ? `\0${id}` : null
    },
    load(id) {
      if (!id.startsWith(`\0${TRANSLATIONS_MODULE}`)) return null
      const locale = id.slice(`\0${TRANSLATIONS_MODULE}`.length)
      const language = TRANSLATION_LANGUAGES[locale]
      if (!language) this.error(`${TRANSLATIONS_MODULE}${locale}: no such language (known: ${Object.keys(TRANSLATION_LANGUAGES).join(', ')})`)
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
