#!/usr/bin/env node
/**
 * Screenshots of the built app on a phone, for a person to look at: the home, a goal, an initiative, a KPI,
 * search and about, in every language, in the light and the dark colour scheme, 390 px wide (an iPhone 12-15),
 * one file each in one folder. What a test cannot judge (does it look like an app a resident opens again?)
 * is judged here, before and after a change to the look.
 *
 *   npm run shots                 # builds, then writes .shots/*.png
 *   npm run shots -- --no-build   # takes dist/ as it is
 *   npm run shots -- --out=DIR    # another folder
 *
 * The first screen (390 × 844) is what a reader sees before scrolling; `--full` adds the whole page.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS, ensureChromium, ensureJapaneseFont } from './ensure-chromium.mjs'
import { createStaticServer } from './serve.mjs'

/** One page of each kind a reader meets, by its path after the language. */
export const SHOT_PAGES = [
  ['home', ''],
  ['goal', '/goals/goal-1'],
  ['initiative', '/initiatives/goal-1-m2-b'],
  ['kpi', '/kpis/goal-1-m2-b-k1'],
  ['search', '/search'],
  ['about', '/about'],
]
export const SHOT_LOCALES = ['ja', 'ja-easy', 'en']
export const SHOT_SCHEMES = ['light', 'dark']
export const PHONE = { width: 390, height: 844 }

function parseArguments(argv) {
  const options = { build: true, out: '.shots', full: false }
  for (const argument of argv) {
    if (argument === '--no-build') options.build = false
    else if (argument === '--full') options.full = true
    else if (argument.startsWith('--out=')) options.out = argument.slice('--out='.length)
    else throw new Error(`Unknown option ${argument}. Options: --no-build, --full, --out=DIR`)
  }
  return options
}

async function main() {
  const options = parseArguments(process.argv.slice(2))
  if (options.build) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })
  ensureJapaneseFont()
  const out = resolve(options.out)
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const server = createStaticServer({ dir: 'dist' })
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  const origin = `http://127.0.0.1:${server.address().port}`
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS })
  try {
    for (const scheme of SHOT_SCHEMES) {
      const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: scheme, serviceWorkers: 'block' })
      const page = await context.newPage()
      for (const locale of SHOT_LOCALES) {
        for (const [name, path] of SHOT_PAGES) {
          await page.goto(`${origin}/${locale}${path}`)
          await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true', null, { timeout: 30_000 })
          const file = join(out, `${name}.${locale}.${scheme}.png`)
          await page.screenshot({ path: file })
          if (options.full) await page.screenshot({ path: file.replace(/\.png$/, '.full.png'), fullPage: true })
        }
      }
      await context.close()
    }
  } finally {
    await browser.close()
    server.close()
  }
  console.log(`${SHOT_SCHEMES.length * SHOT_LOCALES.length * SHOT_PAGES.length} screenshots (${PHONE.width} × ${PHONE.height}) in ${out}`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error.message ?? error)
    process.exit(1)
  })
}
