#!/usr/bin/env node
/**
 * `npm run bench`: Lighthouse on the production build, the way most of our
 * readers meet the app (a phone on a slow connection), each page beside its
 * own script-free twin. Not part of `npm test`: it takes minutes.
 *
 * Lighthouse's simulated throttling models a page from one real trace, so an
 * absolute figure moves with how fast and how busy this shared machine is.
 * Four things keep the verdict steady. First, the CPU slowdown is calibrated
 * per run, as Lighthouse's docs/throttling.md advises for machines outside the
 * high-end-desktop bracket its default 4× assumes: each run's trace is
 * gathered once, unthrottled, and simulated with slowdown = the run's own
 * benchmark index ÷ 500, so every run emulates the same phone (the one the
 * default 4× makes of a desktop scoring 2000); the default 4× is simulated
 * from the same trace and kept beside it for reference. Second, the
 * simulation is given each main-thread task at the time the thread really
 * ran (atThreadTime), not the wall-clock time this shared 2-CPU machine
 * stretched it to. Third, Lighthouse's trace leaves out the JavaScript stack
 * recording that slows the page's scripts while traced (withoutStackRecording).
 * Fourth, the twin is the same built page with every script, modulepreload and
 * the service worker's registration removed: what the reader would see with no
 * app at all. Page and twin run interleaved in the same run, and every speed
 * target compares the page with its twin (bench/targets.json), so the verdict
 * does not depend on how fast or busy the machine is.
 *
 *   npm run bench [-- --runs=5] [--only=initiative] [--no-build] [--save] [--check]
 *
 *   --runs=N    Lighthouse runs per page and per twin (default 5); the table
 *               shows each number's median over the runs
 *   --only=TEXT measure only the pages whose name or path contains TEXT (while working on one)
 *   --no-build  reuse the build already in .bench/dist
 *   --save      also write the results to docs/bench-results.json (the committed record)
 *   --check     exit 1 when a page misses a target in bench/targets.json
 *
 * Builds into .bench/dist, never dist/, so it cannot overwrite a build
 * someone else is testing (vite-ssg still empties the shared .vite-ssg-temp/
 * at the start and end of every build: two builds at once in one checkout
 * break each other, so do not start one while another runs). Every run gets a fresh Chromium (its own empty profile):
 * nothing cached by one run can flatter the next. Results, each run's
 * numbers included, go to .bench/results.json.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { launch } from 'chrome-launcher' // Lighthouse's own launcher, installed with it
import lighthouse from 'lighthouse'
// Lighthouse has no exports map: its trace gatherer is reachable by path (see withoutStackRecording).
import TraceGatherer from 'lighthouse/core/gather/gatherers/trace.js'
import { CHROMIUM_FLAGS, ensureChromium, ensureJapaneseFont } from './ensure-chromium.mjs'
import { createStaticServer } from './serve.mjs'

const BUILD_DIR = '.bench/dist'
const RESULTS_FILE = '.bench/results.json'
const SAVED_RESULTS_FILE = 'docs/bench-results.json'
const TARGETS_FILE = 'bench/targets.json'

/** Headless, with the flags these machines need (scripts/ensure-chromium.mjs). */
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS]

const CATEGORIES = [
  { id: 'performance', title: 'Performance' },
  { id: 'accessibility', title: 'Accessibility' },
  { id: 'best-practices', title: 'Best Practices' },
  { id: 'seo', title: 'SEO' },
]

const METRICS = [
  { id: 'first-contentful-paint', title: 'FCP ms' },
  { id: 'largest-contentful-paint', title: 'LCP ms' },
  { id: 'total-blocking-time', title: 'TBT ms' },
  { id: 'cumulative-layout-shift', title: 'CLS' },
]

/** One page of each kind a reader lands on, in Japanese and English; easy Japanese for the two heaviest in text. */
const PAGE_KINDS = [
  { kind: 'home', path: '', locales: ['ja', 'en', 'ja-easy'] },
  { kind: 'goal', path: 'goals/goal-1', locales: ['ja', 'en'] },
  // goal-1-m2-b has three numeric KPIs, hence three charts: as chart-heavy as an initiative page gets.
  { kind: 'initiative', path: 'initiatives/goal-1-m2-b', locales: ['ja', 'en', 'ja-easy'] },
  { kind: 'kpi', path: 'kpis/goal-1-m2-b-k1', locales: ['ja', 'en'] },
]
const PAGES = PAGE_KINDS.flatMap(({ kind, path, locales }) =>
  locales.map((locale) => ({ name: `${kind} (${locale})`, path: path ? `/${locale}/${path}` : `/${locale}` })),
)

/** A twin's address beside its page's: /ja/goals/goal-1 → /ja/goals/goal-1.twin (the file ja/goals/goal-1.twin.html). */
const TWIN_SUFFIX = '.twin'

/**
 * The page as HTML alone: every script (the app's entry, its loader, any inline one), every
 * modulepreload, and with them the service worker's registration (the app registers it). What
 * stays is what a reader with no JavaScript gets: the markup, the stylesheet, the fonts and images.
 */
export function scriptFreeTwin(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi, '')
}

/** Writes a twin beside each benchmarked page (before the server starts: it lists its files once, at start). */
function writeTwins(dir, pages) {
  for (const page of pages) {
    const file = join(dir, `${page.path.slice(1)}.html`)
    writeFileSync(join(dir, `${page.path.slice(1)}${TWIN_SUFFIX}.html`), scriptFreeTwin(readFileSync(file, 'utf8')))
  }
}

/**
 * How many unweighted audits (performance diagnostics) to name under a
 * missed target, after every weighted one: enough to act on, few enough to read.
 */
const DIAGNOSTICS_SHOWN = 5

/**
 * The Lighthouse benchmark index of the phone every run emulates: what the default 4× slowdown makes of a
 * high-end desktop at 2000 (docs/throttling.md: "moves a typical run in the high-end desktop bracket somewhere
 * into the mid-tier mobile bracket", 125–800). Stricter than DevTools' own mid-tier preset (a Pixel 5 at 1000).
 */
const EMULATED_PHONE_BENCHMARK_INDEX = 500

/**
 * Trace categories Lighthouse records for DevTools' sake, not for any metric: the JavaScript stack behind each
 * timeline event (used only to name the script behind a task in diagnostics) and the "enhanced trace" rundowns
 * (its own source says: "Not used by Lighthouse"). Recording stacks slows JavaScript down while it is traced:
 * on this host it made the app's hydration tasks up to twice as long (docs/PERFORMANCE.md), and simulated
 * throttling multiplies every traced task by the slowdown. The twin runs no JavaScript, so the cost fell on
 * the page alone and tilted the comparison the verdict rests on. The bench leaves them out.
 */
const STACK_RECORDING_CATEGORIES = [
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-devtools.target-rundown',
  'disabled-by-default-devtools.v8-source-rundown',
  'disabled-by-default-devtools.v8-source-rundown-sources',
]

/**
 * Lighthouse's trace categories less the stack recording. Throws when Lighthouse no longer records one of them
 * (a new version): the patch below would then be silently measuring something else, so look again.
 */
export function withoutStackRecording(categories) {
  const missing = STACK_RECORDING_CATEGORIES.filter((category) => !categories.includes(category))
  if (missing.length > 0) {
    throw new Error(`Lighthouse's trace no longer records ${missing.join(', ')}: check scripts/bench.mjs's STACK_RECORDING_CATEGORIES against lighthouse/core/gather/gatherers/trace.js.`)
  }
  return categories.filter((category) => !STACK_RECORDING_CATEGORIES.includes(category))
}

/**
 * Lighthouse's settings can add trace categories (additionalTraceCategories) but not remove any, so its
 * gatherer's default list is replaced for this process (Lighthouse runs in it).
 */
export function leaveOutStackRecording() {
  const categories = withoutStackRecording(TraceGatherer.getDefaultTraceCategories())
  TraceGatherer.getDefaultTraceCategories = () => [...categories]
}

/** Lighthouse's default CPU slowdown, simulated from the same trace for comparison with earlier records. */
const DEFAULT_CPU_SLOWDOWN = 4

/** The slowdown that turns this run's machine into the emulated phone, to one decimal, never below 1×. */
export function calibratedSlowdown(benchmarkIndex) {
  return Math.max(1, Math.round((benchmarkIndex / EMULATED_PHONE_BENCHMARK_INDEX) * 10) / 10)
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      only: { type: 'string', default: '' },
      'no-build': { type: 'boolean', default: false },
      save: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
    },
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not "${values.runs}".`)
  const pages = PAGES.filter((page) => `${page.name} ${page.path}`.includes(values.only))
  if (pages.length === 0) throw new Error(`--only=${values.only} names no benchmarked page.`)
  return { runs, pages, build: !values['no-build'], save: values.save, check: values.check }
}

function build() {
  console.log(`▶ npm run build (OUT_DIR=${BUILD_DIR})`)
  const run = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, OUT_DIR: BUILD_DIR } })
  if (run.status !== 0) {
    throw new Error(`The production build failed (its output is above). Fix it, or pass --no-build to benchmark the last build in ${BUILD_DIR}.`)
  }
}

/** Every host worth the name compresses text; the server serves these files in place of the originals. */
export function precompress(dir) {
  const text = readdirSync(dir, { recursive: true }).filter((name) => /\.(html|js|css|json|csv|svg|webmanifest)$/.test(name))
  for (const name of text) {
    const content = readFileSync(join(dir, name))
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(content))
    writeFileSync(join(dir, `${name}.gz`), gzipSync(content, { level: 9 }))
  }
}

/** Starts the static server on a free port; resolves to the server and its base URL. */
async function serve(pages) {
  if (!existsSync(join(BUILD_DIR, 'index.html'))) {
    throw new Error(`No build in ${BUILD_DIR}: run \`npm run bench\` without --no-build once to make one.`)
  }
  writeTwins(BUILD_DIR, pages)
  precompress(BUILD_DIR)
  const server = createStaticServer({ dir: BUILD_DIR })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, origin: `http://127.0.0.1:${server.address().port}` }
}

/** The version string the browser itself reports (the user agent Lighthouse sees rounds it to x.0.0.0). */
function chromiumVersion(chromePath) {
  // Debian's /usr/bin/chromium is a shell wrapper that may print noise on stderr; the version is on stdout.
  return execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
}

/**
 * The trace with every task of the page's main thread as long as the thread really ran, not as long as the
 * task took on the wall clock. Lighthouse's simulation multiplies each task's wall-clock duration by the CPU
 * slowdown, as if the main thread had had a core to itself. On this 2-CPU shared machine it does not: the
 * browser's other processes, Lighthouse itself and other users' work take the CPU in the middle of a task, and
 * the task's wall time grows 1.5–3× its thread time (docs/PERFORMANCE.md). That waiting is the machine's, not the
 * page's, and it falls hardest on the page's scripts, which run while the rest of the page is still arriving;
 * its twin has little to run by then. So each top-level task (and everything inside it) is compressed to its
 * thread time, in place: it starts when it started and ends sooner. Tasks without a thread time are kept.
 * Returns the new events and the main thread's total wall and thread time, in ms, for the record.
 */
export function atThreadTime(traceEvents, url) {
  const parse = traceEvents.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url)
  if (!parse) throw new Error(`The trace of ${url} has no ParseHTML of it: cannot tell its main thread.`)
  const onMainThread = (event) => event.pid === parse.pid && event.tid === parse.tid
  const topLevelTasks = []
  for (const task of traceEvents.filter((event) => onMainThread(event) && event.ph === 'X' && event.name === 'RunTask').sort((a, b) => a.ts - b.ts)) {
    const previous = topLevelTasks.at(-1)
    if (!previous || task.ts >= previous.ts + previous.dur) topLevelTasks.push(task)
  }
  const compressed = topLevelTasks
    .filter((task) => typeof task.tdur === 'number' && task.tdur < task.dur)
    .map((task) => ({ start: task.ts, end: task.ts + task.dur, factor: task.tdur / task.dur }))
  const events = traceEvents.map((event) => {
    if (!onMainThread(event)) return event
    const span = compressed.find(({ start, end }) => event.ts >= start && event.ts <= end)
    if (!span) return event
    const inThreadTime = { ...event, ts: span.start + (event.ts - span.start) * span.factor }
    if (typeof event.dur === 'number') inThreadTime.dur = event.dur * span.factor
    return inThreadTime
  })
  const total = (durations) => durations.reduce((sum, duration) => sum + duration, 0) / 1000
  return {
    events,
    wallMs: total(topLevelTasks.map((task) => task.dur)),
    threadMs: total(topLevelTasks.map((task) => Math.min(task.dur, task.tdur ?? task.dur))),
  }
}

/**
 * One Lighthouse run in a Chromium of its own; default settings are mobile emulation with simulated slow 4G.
 * The page is loaded once (Lighthouse's gather mode: simulated throttling gathers unthrottled) and the saved
 * trace audited three times: with the default 4×, as traced (for comparison with earlier records); with the
 * slowdown calibrated from the benchmark index measured in this very run, as traced; and the same at the main
 * thread's thread time (atThreadTime), the report the targets judge. Resolves to the three reports and the
 * main thread's wall and thread time.
 */
export async function runLighthouse(url, chromePath) {
  const flags = { onlyCategories: CATEGORIES.map((category) => category.id), logLevel: 'error' }
  const artifactsDir = mkdtempSync(join(tmpdir(), 'bench-artifacts-'))
  try {
    const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS })
    try {
      await lighthouse(url, { ...flags, port: chrome.port, gatherMode: artifactsDir })
    } finally {
      chrome.kill()
    }
    const atDefault = await auditSaved(url, artifactsDir, flags)
    // Lighthouse refuses to audit with settings other than the gathered ones; with simulated throttling the
    // slowdown plays no part in gathering, so the saved settings are given the calibrated one.
    const artifactsFile = join(artifactsDir, 'artifacts.json')
    const artifacts = JSON.parse(readFileSync(artifactsFile, 'utf8'))
    const throttling = { ...artifacts.settings.throttling, cpuSlowdownMultiplier: calibratedSlowdown(artifacts.BenchmarkIndex) }
    writeFileSync(artifactsFile, JSON.stringify({ ...artifacts, settings: { ...artifacts.settings, throttling } }))
    const asTraced = await auditSaved(url, artifactsDir, { ...flags, throttling })
    const traceFile = join(artifactsDir, readdirSync(artifactsDir).find((name) => name.endsWith('.trace.json')))
    const trace = JSON.parse(readFileSync(traceFile, 'utf8'))
    const { events, wallMs, threadMs } = atThreadTime(trace.traceEvents, artifacts.URL.mainDocumentUrl ?? url)
    writeFileSync(traceFile, JSON.stringify({ ...trace, traceEvents: events }))
    const calibrated = await auditSaved(url, artifactsDir, { ...flags, throttling })
    return { calibrated, asTraced, atDefault, mainThread: { wallMs, threadMs } }
  } finally {
    rmSync(artifactsDir, { recursive: true, force: true })
  }
}

async function auditSaved(url, artifactsDir, flags) {
  const { lhr } = await lighthouse(undefined, { ...flags, auditMode: artifactsDir })
  // A page that failed to load still gets a report, with meaningless scores: stop rather than record them.
  if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
  return lhr
}

/**
 * The numbers we keep from one run: category scores 0–100, metrics in ms (CLS unitless), how fast the machine
 * was and the slowdown that made it the emulated phone, how much of the main thread's time was the machine's
 * waiting, and what the trace as recorded would have said, calibrated and at the default 4×.
 */
export function numbersOf({ calibrated: lhr, asTraced, atDefault, mainThread }) {
  const performanceAndMetrics = (report) => ({
    performance: Math.round(report.categories.performance.score * 100),
    ...Object.fromEntries(METRICS.map(({ id }) => [id, report.audits[id].numericValue])),
  })
  return {
    cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier,
    mainThread,
    asTraced: performanceAndMetrics(asTraced),
    atDefaultSlowdown: performanceAndMetrics(atDefault),
    scores: Object.fromEntries(CATEGORIES.map(({ id }) => [id, Math.round(lhr.categories[id].score * 100)])),
    metrics: Object.fromEntries(METRICS.map(({ id }) => [id, lhr.audits[id].numericValue])),
    // The paint the trace really saw, before simulation: a slow one here means the machine, not the page.
    observedFirstPaint: lhr.audits.metrics?.details?.items?.[0]?.observedFirstPaint ?? null,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Each number's median over the runs, taken independently: the median page need not be any single run. */
export function mediansOf(runs) {
  const medianOf = (group, id) => median(runs.map((run) => run[group][id]))
  return {
    scores: Object.fromEntries(CATEGORIES.map(({ id }) => [id, medianOf('scores', id)])),
    metrics: Object.fromEntries(METRICS.map(({ id }) => [id, medianOf('metrics', id)])),
    asTraced: Object.fromEntries(['performance', ...METRICS.map(({ id }) => id)].map((id) => [id, medianOf('asTraced', id)])),
    atDefaultSlowdown: Object.fromEntries(['performance', ...METRICS.map(({ id }) => id)].map((id) => [id, medianOf('atDefaultSlowdown', id)])),
    mainThread: { wallMs: medianOf('mainThread', 'wallMs'), threadMs: medianOf('mainThread', 'threadMs') },
  }
}

/** A minimum of 100 can only be met exactly, so say so. */
function scoreTarget(min) {
  return min >= 100 ? '= 100' : `≥ ${min}`
}

/**
 * Every target checked against the page's medians: scores that do not depend on the machine (accessibility,
 * best practices, SEO) as they are; speed against the twin's medians from the same run, as a ratio (paints),
 * as points below the twin's score (Performance) or as milliseconds added to the twin's (TBT: the blocking
 * time the app's scripts add to what the HTML alone costs). A target file may hold any of the four kinds.
 */
export function checksOf(medians, twinMedians, targets) {
  const { minScore = {}, maxMs = {}, maxScoreBelowTwin = {}, maxMsAboveTwin = {}, maxRatioToTwin = {} } = targets
  return [
    ...Object.entries(minScore).map(([id, min]) => ({ id, category: id, value: medians.scores[id], target: scoreTarget(min), pass: medians.scores[id] >= min })),
    ...Object.entries(maxScoreBelowTwin).map(([id, max]) => {
      const min = twinMedians.scores[id] - max
      return { id, category: id, value: medians.scores[id], target: `≥ twin − ${max} (${min})`, pass: medians.scores[id] >= min }
    }),
    // Metric targets are performance targets: their audits are the ones to read when they are missed.
    ...Object.entries(maxMs).map(([id, max]) => ({ id, category: 'performance', value: medians.metrics[id], target: `≤ ${max} ms`, pass: medians.metrics[id] <= max })),
    ...Object.entries(maxMsAboveTwin).map(([id, max]) => {
      const limit = twinMedians.metrics[id] + max
      return { id, category: 'performance', value: medians.metrics[id], target: `≤ twin + ${max} ms (${Math.round(limit)})`, pass: medians.metrics[id] <= limit }
    }),
    ...Object.entries(maxRatioToTwin).map(([id, max]) => {
      const ratio = medians.metrics[id] / twinMedians.metrics[id]
      return { id: `${id} ÷ twin`, metric: id, category: 'performance', value: ratio, target: `≤ ${max} × twin`, pass: ratio <= max }
    }),
  ]
}

/**
 * The audits that scored below 1 in any run, weightiest and most often
 * failed first. A weighted audit costs the category points directly; an
 * unweighted one (a performance diagnostic) says where the time went. Refs
 * in the "hidden" group repeat audits listed elsewhere; a null score means
 * informative or not applicable.
 */
function costlyAudits(lhrs, category) {
  const found = new Map()
  for (const lhr of lhrs) {
    for (const ref of lhr.categories[category].auditRefs) {
      const audit = lhr.audits[ref.id]
      if (ref.group === 'hidden' || audit.score === null || audit.score >= 1) continue
      const entry = found.get(ref.id) ?? { id: ref.id, title: audit.title, weight: ref.weight, failedRuns: 0, lowestScore: 1 }
      entry.failedRuns += 1
      // Keep the worst run's figure beside its score, so the value printed explains the score recorded.
      if (audit.score < entry.lowestScore) Object.assign(entry, { lowestScore: audit.score, worstDisplayValue: audit.displayValue })
      found.set(ref.id, entry)
    }
  }
  return [...found.values()].sort((a, b) => b.weight - a.weight || b.failedRuns - a.failedRuns || a.lowestScore - b.lowestScore)
}

const ms = (value) => String(Math.round(value))
const ratio = (value) => `${value.toFixed(2)}×`

/**
 * Page and twin, side by side: Performance, FCP, LCP and TBT medians, the page's paints as a ratio of its
 * twin's, ✘ beside a miss; last, what the traces as recorded (wall-clock tasks) said of page and twin's TBT,
 * how much longer the main thread's tasks took on the wall clock than on the thread, and, for comparison with
 * records made before calibration, the page's TBT at 4× as traced.
 */
function printTable(pages) {
  const header = ['page', 'Perf', 'FCP ms', 'LCP ms', 'TBT ms', 'twin Perf', 'twin FCP', 'twin LCP', 'twin TBT', 'FCP ÷ twin', 'LCP ÷ twin', 'A11y', 'BP', 'SEO', 'targets', 'TBT as traced', 'wall ÷ thread', `TBT at ${DEFAULT_CPU_SLOWDOWN}×`]
  const rows = pages.map((page) => {
    const mark = (id) => (page.checks.some((check) => check.id === id && !check.pass) ? ' ✘' : '')
    const missed = page.checks.filter((check) => !check.pass).length
    const { scores, metrics } = page.medians
    const twin = page.twin.medians
    return [
      `${page.name} ${page.path}`,
      `${scores.performance}${mark('performance')}`,
      ms(metrics['first-contentful-paint']),
      ms(metrics['largest-contentful-paint']),
      `${ms(metrics['total-blocking-time'])}${mark('total-blocking-time')}`,
      String(twin.scores.performance),
      ms(twin.metrics['first-contentful-paint']),
      ms(twin.metrics['largest-contentful-paint']),
      ms(twin.metrics['total-blocking-time']),
      `${ratio(metrics['first-contentful-paint'] / twin.metrics['first-contentful-paint'])}${mark('first-contentful-paint ÷ twin')}`,
      `${ratio(metrics['largest-contentful-paint'] / twin.metrics['largest-contentful-paint'])}${mark('largest-contentful-paint ÷ twin')}`,
      `${scores.accessibility}${mark('accessibility')}`,
      `${scores['best-practices']}${mark('best-practices')}`,
      `${scores.seo}${mark('seo')}`,
      missed === 0 ? '✔ met' : `✘ ${missed} missed`,
      `${ms(page.medians.asTraced['total-blocking-time'])}/${ms(twin.asTraced['total-blocking-time'])}`,
      `${ratio(page.medians.mainThread.wallMs / page.medians.mainThread.threadMs)}/${ratio(twin.mainThread.wallMs / twin.mainThread.threadMs)}`,
      ms(page.medians.atDefaultSlowdown['total-blocking-time']),
    ]
  })
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)))
  // The page column reads best left-aligned, the numbers right-aligned.
  const line = (row) => row.map((cell, column) => (column === 0 || column === row.length - 4 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  console.log(`\n${line(header)}\n${widths.map((width) => '─'.repeat(width)).join('  ')}`)
  for (const row of rows) console.log(line(row))
}

function printTargets(targets) {
  const { minScore = {}, maxMs = {}, maxScoreBelowTwin = {}, maxMsAboveTwin = {}, maxRatioToTwin = {} } = targets
  const categoryTitle = (id) => CATEGORIES.find((category) => category.id === id).title
  const metricTitle = (id) => METRICS.find((metric) => metric.id === id).title.replace(' ms', '')
  const texts = [
    ...Object.entries(minScore).map(([id, min]) => `${categoryTitle(id)} ${scoreTarget(min)}`),
    ...Object.entries(maxScoreBelowTwin).map(([id, max]) => `${categoryTitle(id)} at most ${max} below the twin's`),
    ...Object.entries(maxMs).map(([id, max]) => `${metricTitle(id)} ≤ ${max} ms`),
    ...Object.entries(maxMsAboveTwin).map(([id, max]) => `${metricTitle(id)} at most ${max} ms above the twin's`),
    ...Object.entries(maxRatioToTwin).map(([id, max]) => `${metricTitle(id)} ≤ ${max} × the twin's`),
  ]
  console.log(`\nTargets (${TARGETS_FILE}, medians over the runs, the twin's from the same run): ${texts.join(', ')}`)
}

/** For each page that missed a target, the audits to fix first. */
function printMisses(pages) {
  for (const page of pages) {
    if (page.pass) continue
    const missed = page.checks.filter((check) => !check.pass)
    console.log(`\n✘ ${page.name} ${page.path}: missed ${missed.map((check) => `${check.id} ${check.target}`).join(', ')}`)
    for (const category of new Set(missed.map((check) => check.category))) {
      const audits = page.costlyAudits[category] ?? []
      console.log(`  ${category}: ${audits.length === 0 ? `no audit scored below 1; see each run in ${RESULTS_FILE}` : 'audits that scored below 1'}`)
      const shown = [...audits.filter((audit) => audit.weight > 0), ...audits.filter((audit) => audit.weight === 0).slice(0, DIAGNOSTICS_SHOWN)]
      for (const audit of shown) {
        const value = audit.worstDisplayValue ? ` (worst run: ${audit.worstDisplayValue})` : ''
        console.log(`    - ${audit.id}: ${audit.title}${value}; weight ${audit.weight}, failed in ${audit.failedRuns}/${page.runs.length} runs`)
      }
    }
  }
}

function printMachine({ cpus: count, loadAverage, benchmarkIndex, cpuSlowdown }) {
  console.log(`\nMachine: ${count} CPUs, load average ${loadAverage.start.toFixed(1)} at the start and ${loadAverage.end.toFixed(1)} at the end, Lighthouse CPU benchmark index ${Math.round(benchmarkIndex)} (median), so a CPU slowdown of ${cpuSlowdown}× (median) emulated a phone at ${EMULATED_PHONE_BENCHMARK_INDEX}.`)
  if (benchmarkIndex < EMULATED_PHONE_BENCHMARK_INDEX) {
    console.log(`This machine was slower than the emulated phone itself: no slowdown can make up for it. The ratios to the twins still hold; the absolute figures read high.`)
  }
}

async function measure(name, url, chromePath, record) {
  const reports = await runLighthouse(url, chromePath)
  const numbers = numbersOf(reports)
  console.log(`${name.padEnd(44)} Performance ${String(numbers.scores.performance).padStart(3)}, FCP ${ms(numbers.metrics['first-contentful-paint']).padStart(4)} ms, LCP ${ms(numbers.metrics['largest-contentful-paint']).padStart(4)} ms, TBT ${ms(numbers.metrics['total-blocking-time']).padStart(4)} ms at ${numbers.cpuSlowdown}× (index ${Math.round(numbers.benchmarkIndex)}; as traced ${ms(numbers.asTraced['total-blocking-time'])} ms, main thread ${ms(numbers.mainThread.wallMs)} ms wall for ${ms(numbers.mainThread.threadMs)} on the thread; at 4×: TBT ${ms(numbers.atDefaultSlowdown['total-blocking-time'])} ms)`)
  record.lhrs.push(reports.calibrated)
  record.runs.push(numbers)
}

async function main() {
  const options = parseOptions()
  const targets = JSON.parse(readFileSync(TARGETS_FILE, 'utf8'))
  // Find the browser before the build: no point building for a benchmark that cannot run.
  const chromePath = ensureChromium()
  leaveOutStackRecording()
  const japaneseFonts = ensureJapaneseFont()
  if (options.build) build()
  const { server, origin } = await serve(options.pages)

  const loadAtStart = loadavg()[0]
  const records = options.pages.map(() => ({ page: { lhrs: [], runs: [] }, twin: { lhrs: [], runs: [] } }))
  try {
    // Interleaved: run k of every page and its twin before run k+1 of any, so a busy moment of the
    // machine falls on pages and twins alike.
    for (let run = 1; run <= options.runs; run += 1) {
      for (const [index, page] of options.pages.entries()) {
        await measure(`${page.name} ${page.path} ${run}/${options.runs}`, `${origin}${page.path}`, chromePath, records[index].page)
        await measure(`  twin ${page.path}${TWIN_SUFFIX} ${run}/${options.runs}`, `${origin}${page.path}${TWIN_SUFFIX}`, chromePath, records[index].twin)
      }
    }
  } finally {
    server.close()
  }

  const pages = options.pages.map((page, index) => {
    const { page: measured, twin } = records[index]
    const medians = mediansOf(measured.runs)
    const twinMedians = mediansOf(twin.runs)
    const checks = checksOf(medians, twinMedians, targets)
    // Kept for every category, missed target or not, so the record also shows what to fix next.
    const costly = Object.fromEntries(CATEGORIES.map(({ id }) => [id, costlyAudits(measured.lhrs, id)]).filter(([, audits]) => audits.length > 0))
    const runWarnings = [...new Set(measured.lhrs.flatMap((lhr) => lhr.runWarnings))]
    return {
      ...page,
      pass: checks.every((check) => check.pass),
      runs: measured.runs,
      medians,
      twin: { path: `${page.path}${TWIN_SUFFIX}`, runs: twin.runs, medians: twinMedians },
      checks,
      costlyAudits: costly,
      runWarnings,
    }
  })

  const results = {
    date: new Date().toISOString(),
    chromium: chromiumVersion(chromePath),
    lighthouse: records[0].page.lhrs[0].lighthouseVersion,
    settings: { runs: options.runs, formFactor: 'mobile', throttling: `simulated slow 4G; CPU slowdown per run = its benchmark index ÷ ${EMULATED_PHONE_BENCHMARK_INDEX}; main-thread tasks at their thread time (asTraced: at wall-clock time; atDefaultSlowdown: as traced at ${DEFAULT_CPU_SLOWDOWN}×); Lighthouse's stack-recording trace categories left out`, interleaved: 'page, twin, next page, … then the next run' },
    // How busy the machine was: with simulated throttling, other work on the machine shows up as slower pages.
    machine: {
      cpus: cpus().length,
      // The fonts the Japanese pages were laid out with (ensureJapaneseFont says why it matters).
      japaneseFonts: [...new Set(japaneseFonts.split('\n'))].sort(),
      loadAverage: { start: loadAtStart, end: loadavg()[0] },
      benchmarkIndex: median(pages.flatMap((page) => page.runs.map((run) => run.benchmarkIndex))),
      cpuSlowdown: median(pages.flatMap((page) => page.runs.map((run) => run.cpuSlowdown))),
    },
    targets,
    pass: pages.every((page) => page.pass),
    pages,
  }
  mkdirSync('.bench', { recursive: true })
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`)
  if (options.save) writeFileSync(SAVED_RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`)

  printTable(pages)
  printTargets(targets)
  printMisses(pages)
  printMachine(results.machine)
  console.log(`\n${results.chromium}, Lighthouse ${results.lighthouse}, ${options.runs} run(s) a page and a twin. Results: ${RESULTS_FILE}${options.save ? ` and ${SAVED_RESULTS_FILE}` : ''}`)
  if (options.check && !results.pass) process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`\n${error.message}`)
    process.exit(1)
  })
}
