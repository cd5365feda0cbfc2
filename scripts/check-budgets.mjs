#!/usr/bin/env node
/**
 * Size budgets, checked against the production build (dist/) by `npm test`.
 * Sizes, not timings: the same build always gives the same numbers. The
 * budgets and the reason for each live in bench/budgets.json and
 * docs/PERFORMANCE.md.
 *
 *   node scripts/check-budgets.mjs [dist]
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGETS_FILE = 'bench/budgets.json'
/** The KPI whose page the KPI budget measures: the first KPI with a chart, as the benchmark uses. */
const KPI_PAGE = 'goal-1-m2-b-k1'

/** The home's parts whose code comes after the page has been taken over (src/pages/HomePage.vue, LocaleLayout.vue). */
const HOME_AFTER_TAKEOVER = [
  'src/components/app/AppHeader.vue',
  'src/components/app/AppFooter.vue',
  'src/components/app/AppStatusBar.vue',
  'src/components/plan/PlanGoalCard.vue',
]

export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length

/** Every file a built file pulls in before it runs (its static imports), through Vite's manifest. */
export function staticClosure(manifest, startFiles) {
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]))
  const seen = new Set()
  const visit = (file) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const key of byFile.get(file)?.imports ?? []) visit(manifest[key].file)
  }
  startFiles.forEach(visit)
  return seen
}

/**
 * The JavaScript a first visit to a page loads: the app's entry (which the page's loader asks for once the
 * page has loaded), the chunks its render used (both recorded by the build in .vite/page-modules.json,
 * see src/node/plugins/app-loader-plugin.ts), the modules every start imports, and all their static imports.
 */
export function firstLoadJavaScript(dist, manifest, route, startModules) {
  const pageModulesFile = join(dist, '.vite/page-modules.json')
  if (!existsSync(pageModulesFile)) throw new Error(`${pageModulesFile} is missing: run \`npm run build\` first.`)
  const page = JSON.parse(readFileSync(pageModulesFile, 'utf8'))[route]
  if (!page) throw new Error(`${route}: no record of its modules in ${pageModulesFile} (is it prerendered?)`)
  const named = [page.entry, ...page.modules].map((file) => file.replace(/^\//, ''))
  for (const source of startModules) {
    if (!manifest[source]) throw new Error(`${source}: not in the build's manifest (was it renamed?)`)
    named.push(manifest[source].file)
  }
  return [...staticClosure(manifest, named)]
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
}

/** Measures the build the way bench/budgets.json names its entries (bytes; gzip where the name says so). */
export function measure(dist) {
  const manifestFile = join(dist, '.vite/manifest.json')
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run \`npm run build\` first.`)
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
  const fileOf = (source) => {
    if (!manifest[source]) throw new Error(`${source}: not in the build's manifest (was it renamed?)`)
    return join(dist, manifest[source].file)
  }
  // A first visit to a page in each language: what its app loads to take the page over (its entry, the modules
  // its render used, its messages). Each budget holds the largest of the three languages. The service worker's
  // registration, loaded at the first quiet moment after that, is a budget of its own.
  // UI strings: the layout's and the home's for every page, every other page's for the rest (src/i18n/messages.ts).
  const firstLoadOf = (path, stringSets = ['']) =>
    Object.fromEntries(
      ['ja', 'ja-easy', 'en'].map((locale) => {
        const startModules = stringSets.map((folder) => `locales/${folder}${locale}.json`)
        const files = firstLoadJavaScript(dist, manifest, `/${locale}${path}`, startModules)
        return [locale, { files, gzip: files.reduce((sum, file) => sum + gzipSize(join(dist, file)), 0) }]
      }),
    )
  // The parts of the plan the same visits read (JSON; src/router/page-data.ts names them).
  const planDataOf = (parts) =>
    Math.max(...['ja', 'ja-easy', 'en'].map((locale) => parts.reduce((sum, part) => sum + gzipSize(join(dist, `plan-data/${locale}/${part}.json`)), 0)))
  const home = firstLoadOf('')
  // The page a shared KPI link opens: one KPI, its chart and table.
  const kpi = firstLoadOf(`/kpis/${KPI_PAGE}`, ['', 'pages/'])
  const homeJsGzip = Object.fromEntries(Object.entries(home).map(([locale, { gzip }]) => [locale, gzip]))
  const kpiJsGzip = Object.fromEntries(Object.entries(kpi).map(([locale, { gzip }]) => [locale, gzip]))
  const css = filesUnder(join(dist, 'assets')).filter((file) => file.endsWith('.css'))
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8')
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1])
  return {
    homeFirstLoadJsGzip: Math.max(...Object.values(homeJsGzip)),
    kpiFirstLoadJsGzip: Math.max(...Object.values(kpiJsGzip)),
    echartsChunkGzip: gzipSize(fileOf('src/charts/echarts.ts')),
    serviceWorkerRegistrationGzip: [...staticClosure(manifest, [fileOf('src/pwa/service-worker.ts').slice(dist.length + 1)])]
      .filter((file) => !home.ja.files.includes(file))
      .reduce((sum, file) => sum + gzipSize(join(dist, file)), 0),
    // What the home asks for once it has been taken over (src/components/hydration.ts): the parts that wake when
    // touched (header, footer, goal cards) and the status bar, with what they import that the first load has not.
    homeAfterTakeoverJsGzip: [...staticClosure(manifest, HOME_AFTER_TAKEOVER.map((source) => fileOf(source).slice(dist.length + 1)))]
      .filter((file) => !Object.values(home).some(({ files }) => files.includes(file)))
      .reduce((sum, file) => sum + gzipSize(join(dist, file)), 0),
    cssGzip: css.reduce((sum, file) => sum + gzipSize(file), 0),
    // A language's UI strings in both of their sets (the layout's and the home's, and every other page's).
    largestLocaleMessagesGzip: Math.max(
      ...['ja', 'ja-easy', 'en'].map((locale) => gzipSize(fileOf(`locales/${locale}.json`)) + gzipSize(fileOf(`locales/pages/${locale}.json`))),
    ),
    homeFirstLoadDataGzip: planDataOf(['index']),
    kpiFirstLoadDataGzip: planDataOf(['index', `initiatives/${KPI_PAGE.slice(0, KPI_PAGE.lastIndexOf('-'))}`]),
    // The pages that list across the plan (search, departments, SDGs, glossary, about) read it whole.
    wholePlanDataGzip: planDataOf(['all']),
    precacheBytes: precached.reduce((sum, url) => sum + statSync(join(dist, decodeURIComponent(url))).size, 0),
    precacheEntries: precached.length,
    details: {
      homeJsGzip,
      kpiJsGzip,
      homeFirstLoadJs: Object.fromEntries(Object.entries(home).map(([locale, { files }]) => [locale, files])),
      kpiFirstLoadJs: Object.fromEntries(Object.entries(kpi).map(([locale, { files }]) => [locale, files])),
      css: css.map((file) => relative(dist, file)),
    },
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist'
  const { budgets } = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'))
  let measured
  try {
    measured = measure(dist)
  } catch (error) {
    console.error(`✘ budgets: ${error.message}`)
    process.exit(1)
  }
  const rows = Object.entries(budgets).map(([name, { max }]) => {
    if (!(name in measured)) throw new Error(`${BUDGETS_FILE}: budget “${name}” measures nothing (known: ${Object.keys(measured).join(', ')})`)
    return { name, measured: measured[name], max, ok: measured[name] <= max }
  })
  for (const row of rows) {
    const share = `${Math.round((row.measured / row.max) * 100)}%`.padStart(5)
    console.log(`${row.ok ? '✔' : '✘'} ${row.name.padEnd(26)} ${String(row.measured).padStart(9)} of ${String(row.max).padStart(9)} ${share}`)
  }
  const over = rows.filter((row) => !row.ok)
  if (over.length > 0) {
    console.error(`\nOver budget: ${over.map((row) => row.name).join(', ')}. Make it smaller, or raise the budget in ${BUDGETS_FILE} with the reason in docs/PERFORMANCE.md.`)
    process.exit(1)
  }
}
