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

/** The JavaScript a first visit to a page loads: what its HTML names, and the modules every start imports. */
export function firstLoadJavaScript(dist, manifest, htmlFile, startModules) {
  const html = readFileSync(join(dist, htmlFile), 'utf8')
  const named = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((match) => match[1])
  for (const source of startModules) {
    if (!manifest[source]) throw new Error(`${source}: not in the build's manifest (was it renamed?)`)
    named.push(manifest[source].file)
  }
  return [...staticClosure(manifest, named)]
}

function sharedChunk(manifest, name) {
  const chunk = Object.entries(manifest).find(([key, chunk]) => key.startsWith('_') && chunk.name === name)
  if (!chunk) throw new Error(`no shared chunk named “${name}” in the build's manifest (was it renamed?)`)
  return chunk[1].file
}

function planTranslationChunks(manifest) {
  const files = Object.entries(manifest)
    .filter(([key]) => key.includes('virtual:plan-texts-'))
    .map(([, chunk]) => chunk.file)
  if (files.length !== 2) throw new Error(`expected the easy-Japanese and English plan-text chunks in the build's manifest, found ${files.length}`)
  return files
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
  // A first visit to the home page in each language: the page's own scripts, its messages, the plan and the
  // plan's texts in that language, and the service-worker module. The budget holds the largest of the three.
  const homeJsByLocale = Object.fromEntries(
    ['ja', 'ja-easy', 'en'].map((locale) => {
      const startModules = [`locales/${locale}.json`, 'src/pwa/service-worker.ts', 'src/data/load-plan-texts.ts']
      if (locale !== 'ja') startModules.push(`virtual:plan-texts-${locale}`)
      return [locale, firstLoadJavaScript(dist, manifest, `${locale}.html`, startModules)]
    }),
  )
  const homeJsGzip = Object.fromEntries(
    Object.entries(homeJsByLocale).map(([locale, files]) => [locale, files.reduce((sum, file) => sum + gzipSize(join(dist, file)), 0)]),
  )
  const css = filesUnder(join(dist, 'assets')).filter((file) => file.endsWith('.css'))
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8')
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1])
  return {
    homeFirstLoadJsGzip: Math.max(...Object.values(homeJsGzip)),
    echartsChunkGzip: gzipSize(fileOf('src/charts/echarts.ts')),
    cssGzip: css.reduce((sum, file) => sum + gzipSize(file), 0),
    largestLocaleMessagesGzip: Math.max(...['ja', 'ja-easy', 'en'].map((locale) => gzipSize(fileOf(`locales/${locale}.json`)))),
    // The plan is a shared chunk (every page imports it), which the manifest names by its chunk name.
    // It carries Japanese only; each other language's plan texts are a chunk of their own.
    planDataGzip: gzipSize(join(dist, sharedChunk(manifest, 'plan'))),
    largestPlanTranslationsGzip: Math.max(...planTranslationChunks(manifest).map((file) => gzipSize(join(dist, file)))),
    precacheBytes: precached.reduce((sum, url) => sum + statSync(join(dist, decodeURIComponent(url))).size, 0),
    precacheEntries: precached.length,
    details: { homeJsGzip, homeFirstLoadJs: homeJsByLocale, css: css.map((file) => relative(dist, file)) },
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
