#!/usr/bin/env node
/**
 * The main thread's long tasks after first paint, from a plain Chromium trace of a page, for two or more builds
 * side by side: what a change costs a phone, without Lighthouse's simulation (whose verdict on this shared
 * machine moves with the host: docs/PERFORMANCE.md). Loads alternate between the builds, each in a fresh
 * phone-sized context with no service worker, and nothing is evaluated in the page while tracing (Playwright's
 * injected script would be a long task of its own).
 *
 *   node scripts/trace-tasks.mjs PATH RUNS DIR [DIR …]
 *   e.g. node scripts/trace-tasks.mjs /ja/initiatives/goal-1-m2-b 8 dist /tmp/old/dist
 *
 * For each build: the median over the runs of the estimated blocking time at a 5× slower phone
 * (Σ max(0, 5 × task − 50 ms) over the tasks after first contentful paint, until 4 s after load), of the
 * longest such task (unthrottled ms) and of the number of tasks over 10 ms. Set EXTRA_CATS to add trace
 * categories (e.g. disabled-by-default-v8.cpu_profiler, to see what sampling costs).
 */
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS, ensureChromium } from './ensure-chromium.mjs'
import { createStaticServer } from './serve.mjs'

const SLOWDOWN = 5
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'loading']

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function traceOnce(browser, url, path) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, serviceWorkers: 'block' })
  const page = await context.newPage()
  const extra = process.env.EXTRA_CATS ? process.env.EXTRA_CATS.split(',') : []
  await browser.startTracing(page, { categories: [...CATEGORIES, ...extra] })
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForTimeout(4000)
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents
  const ready = await page.evaluate(() => document.documentElement.dataset.appReady === 'true')
  await context.close()
  const parse = events.find((event) => event.name === 'ParseHTML' && String(event.args?.beginData?.url ?? '').endsWith(path))
  const paint = parse && events.find((event) => event.name === 'firstContentfulPaint' && event.pid === parse.pid)
  if (!paint) throw new Error(`No first paint of ${url} in the trace`)
  const tasks = events
    .filter((event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X' && event.name === 'RunTask' && event.ts > paint.ts)
    .map((event) => event.dur / 1000)
  return {
    ready,
    blocking: tasks.reduce((sum, duration) => sum + Math.max(0, SLOWDOWN * duration - 50), 0),
    longest: Math.max(0, ...tasks),
    over10: tasks.filter((duration) => duration > 10).length,
  }
}

async function main() {
  const [path, runs, ...dirs] = process.argv.slice(2)
  if (!path || !Number(runs) || dirs.length === 0) {
    console.error('Usage: node scripts/trace-tasks.mjs PATH RUNS DIR [DIR …]')
    process.exit(2)
  }
  const servers = await Promise.all(
    dirs.map(async (dir) => {
      const server = createStaticServer({ dir })
      await new Promise((listening) => server.listen(0, '127.0.0.1', listening))
      return server
    }),
  )
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS })
  const results = dirs.map(() => [])
  try {
    for (let run = 0; run < Number(runs); run++) {
      for (const [index, server] of servers.entries()) {
        results[index].push(await traceOnce(browser, `http://127.0.0.1:${server.address().port}${path}`, path))
      }
    }
  } finally {
    await browser.close()
    servers.forEach((server) => server.close())
  }
  for (const [index, dir] of dirs.entries()) {
    const runsOf = results[index]
    const notReady = runsOf.filter((run) => !run.ready).length
    console.log(
      `${dir} ${path}: blocking at ${SLOWDOWN}× ${Math.round(median(runsOf.map((run) => run.blocking)))} ms ` +
        `[${runsOf.map((run) => Math.round(run.blocking)).join(' ')}], longest task ${median(runsOf.map((run) => run.longest)).toFixed(1)} ms, ` +
        `tasks over 10 ms ${median(runsOf.map((run) => run.over10))}${notReady ? ` (app not ready after 4 s in ${notReady} runs)` : ''}`,
    )
  }
}

await main()
