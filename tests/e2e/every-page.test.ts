/**
 * Every page the build publishes, each opened once on a phone and put through every per-page check:
 * status, language, heading, console, Content-Security-Policy, axe, width, untranslated Japanese, and the
 * numbers of each KPI (axe's two rules of the look once per look: see LOOK_RULES). The pages come from dist/ itself, so a page added later cannot escape the sweep.
 */
import { readdirSync, readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ACCESSIBILITY_PAGE } from '../../src/node/plugins/accessibility-page-plugin'
import { META_CONTENT_SECURITY_POLICY } from '../../src/node/plugins/security-headers-plugin'
import type { Kpi } from '../../src/schema/plan'
import { LANGUAGES } from '../../src/shared/languages'
import { FISCAL_YEAR_KEYS } from '../../src/shared/plan-years'
import { listInitiatives, listKpis } from '../../src/data/walk'
import { formatKpiValue } from '../../src/lib/format'
import { prerenderedPaths } from '../../src/router/prerendered-paths'
import { loadRealPlan } from '../support/plan'
import { AXE_SOURCE, axeViolations } from './support/axe'
import { appReady, baseUrl, newContext, newPage, takeErrors } from './support/setup'

const plan = loadRealPlan()
const DIST = process.env.E2E_DIST ?? 'dist'

/** The file a prerendered path becomes (vite-ssg's flat layout): /ja/goals/goal-1 is ja/goals/goal-1.html. */
const fileOf = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`)
/** Pages the build writes besides the app's own: the accessibility report (src/node/plugins/accessibility-page-plugin.ts). */
const GENERATED_PAGES = [ACCESSIBILITY_PAGE]
const publishedFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => file.endsWith('.html'))

interface Visit {
  /** The address typed into the phone. */
  path: string
  status: number
  /** A page of the app (waits for it to start, heading in <main>); otherwise a plain document. */
  app: boolean
  /** Console errors this visit causes by design. */
  expectedError?: (error: string) => boolean
}

/** The browser logging the server's 404 for the page itself: what an unknown address is meant to cause. */
const isPageNotFoundLog = (error: string) => error.startsWith('error: Failed to load resource: the server responded with a status of 404')

/** How each published file is reached: by its own address, and 404.html also as what an unknown address gets. */
function visitsOf(file: string): Visit[] {
  if (GENERATED_PAGES.includes(file)) return [{ path: `/${file}`, status: 200, app: false }]
  if (file === '404.html') {
    return [
      { path: '/ja/no-such-page', status: 404, app: true, expectedError: isPageNotFoundLog },
      { path: '/404', status: 200, app: true },
    ]
  }
  return [{ path: file === 'index.html' ? '/' : `/${file.replace(/\.html$/, '')}`, status: 200, app: true }]
}


/** Japanese KPI pages also show the KPI's numbers exactly as the formatter prints them. */
const kpiOfPath = new Map<string, Kpi>(listKpis(plan).map(({ kpi }) => [`/ja/kpis/${kpi.id}`, kpi]))
/** The home page of each language. */
const HOME_PATHS = new Set(LANGUAGES.map((language) => `/${language.code}`))
/** Every KPI page, in every language. */
const kpiIds = new Set(
  listKpis(plan).flatMap(({ kpi }) => LANGUAGES.map((language) => `/${language.code}/kpis/${kpi.id}`)),
)

function expectedKpiTexts(kpi: Kpi): { values: string[]; breakdown: string[] } {
  if (kpi.kind === 'milestone') return { values: FISCAL_YEAR_KEYS.map((year) => kpi.targets[year]?.text.ja).filter((text) => text !== undefined), breakdown: [] }
  return {
    values: [kpi.baseline, ...FISCAL_YEAR_KEYS.map((year) => kpi.targets[year])].filter((value) => value !== null).map((value) => formatKpiValue(kpi, value, 'ja')),
    breakdown: kpi.baselineBreakdown?.items.map((item) => formatKpiValue(kpi, item.value, 'ja')) ?? [],
  }
}

/**
 * English nouns the app writes after a count in the plural: the KPIs' units that count things and the plural
 * forms of the UI strings' counts ("{count} actions"). "1 actions" is a count that disagrees with its number.
 */
const PLURAL_NOUNS = [
  ...new Set([
    ...listKpis(plan).flatMap(({ kpi }) => (kpi.kind === 'numeric' && kpi.unitSingularEn ? [kpi.unit.en] : [])),
    ...['locales/en.json', 'locales/pages/en.json', 'locales/community/en.json']
      .map((file) => readFileSync(file, 'utf8'))
      .flatMap((json) => [...json.matchAll(/\| [^"|]*\{count\} (\w+)/g)].map((match) => match[1]!)),
  ]),
]

/** The phone-first look (#15): where the first screen ends, and the limits a page's top keeps within it. */
const FIRST_SCREEN = { headerMaxHeight: 64, headingMaxTop: 120 }

/** Everything one look at the page can tell, read in a single round trip. */
function readPage({ app, pluralNouns }: { app: boolean; pluralNouns: string[] }) {
  const box = (element: Element | null) => element?.getBoundingClientRect() ?? null
  const header = box(document.querySelector('.app-header'))
  const firstHeading = box(document.querySelector(app ? 'main h1' : 'h1'))
  // A KPI's chart (or a milestone's timeline): where it starts.
  const figure = box(document.querySelector('.kpi-chart-canvas, .timeline'))
  // Each chart as the build drew it: every label inside its drawing, none over another. (The lines of one
  // wrapped label touch: glyph boxes are taller than the line; two labels over each other overlap by far more.)
  const chartLabelProblems: string[] = []
  for (const drawing of document.querySelectorAll('.kpi-chart-drawing svg')) {
    const edge = drawing.getBoundingClientRect()
    const labels = [...drawing.querySelectorAll('text')]
      .map((text) => ({ text: text.textContent ?? '', rect: text.getBoundingClientRect() }))
      .filter(({ text, rect }) => text.trim() !== '' && rect.width > 0)
    labels.forEach(({ text, rect }, index) => {
      if (rect.left < edge.left - 1 || rect.right > edge.right + 1 || rect.top < edge.top - 1 || rect.bottom > edge.bottom + 1) {
        chartLabelProblems.push(`"${text}" cut at the drawing's edge`)
      }
      for (const other of labels.slice(index + 1)) {
        const overlapX = Math.min(rect.right, other.rect.right) - Math.max(rect.left, other.rect.left)
        const overlapY = Math.min(rect.bottom, other.rect.bottom) - Math.max(rect.top, other.rect.top)
        if (overlapX > 1 && overlapY > 0.35 * Math.min(rect.height, other.rect.height)) {
          chartLabelProblems.push(`"${text}" over "${other.text}" (${Math.round(rect.left)},${Math.round(rect.top)} / ${Math.round(other.rect.left)},${Math.round(other.rect.top)})`)
        }
      }
    })
  }
  // A word under a reading wider than itself stays whole (経験, not 経 験): its ruby is centred, not spread.
  // Asked of the style because geometry cannot tell: Chromium reports each character's box spread over the
  // reading's width even when it paints the glyphs together (measured: 必要 16.8 + 16.8 px at 14 px either way).
  const brokenWords: string[] = []
  for (const ruby of document.querySelectorAll('main ruby')) {
    const word = ruby.firstChild
    if (!(word instanceof Text) || word.length < 2) continue
    if (getComputedStyle(ruby).rubyAlign !== 'center') brokenWords.push(word.data)
  }
  const headings = [...document.querySelectorAll(app ? 'main h1' : 'h1')].map((element) => (element as HTMLElement).innerText.trim())
  const root = document.documentElement
  // The rule English pages follow: no Japanese outside elements marked lang="ja" (names beside their translation),
  // and that includes Japanese punctuation (、。：（）, U+3000–303F and the fullwidth forms): English is set as English.
  const body = document.body.cloneNode(true) as HTMLElement
  body.querySelectorAll('[lang="ja"], script, style').forEach((element) => element.remove())
  const japanese = body.textContent?.replace('〒', '').match(/[^\n]{0,20}[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff01-\uff60][^\n]{0,20}/gu) ?? []
  const countSlips = root.lang === 'en' ? (body.textContent?.match(new RegExp(`(?<![\\d.,])\\b1 (?:${pluralNouns.join('|')})\\b`, 'g')) ?? []) : []
  const kpiTable = document.querySelector<HTMLElement>('table.kpi-table, ol.timeline')
  return {
    lang: root.lang,
    headings,
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
    overflow: root.scrollWidth > root.clientWidth ? `${root.scrollWidth}px wide in a ${root.clientWidth}px window` : null,
    japanese: japanese.slice(0, 3),
    countSlips: countSlips.slice(0, 3),
    kpiTable: kpiTable?.innerText.replace(/\s+/g, ' ') ?? '',
    breakdown: document.querySelector<HTMLElement>('table.breakdown')?.innerText ?? '',
    headerHeight: header?.height ?? null,
    headingTop: firstHeading ? firstHeading.top + window.scrollY : null,
    figureTop: figure ? figure.top + window.scrollY : null,
    screenHeight: window.innerHeight,
    // The home's answers on its first screen: where we are in the plan's years, and its goals (their titles).
    homeTops: [...document.querySelectorAll('.plan-years, .goal-card .card-title')].map((element) => element.getBoundingClientRect().top + window.scrollY),
    chartLabelProblems: chartLabelProblems.slice(0, 3),
    brokenWords: [...new Set(brokenWords)].slice(0, 5),
  }
}

/**
 * The two rules that take most of axe's time (two thirds of it on a page of easy Japanese, where every
 * reading is an element of its own) judge the look: colours and target sizes, which come from the
 * components, the language's type and the goal's colour, never from the words. They run on the first page
 * of each look; every other rule runs on every page.
 */
const LOOK_RULES = ['color-contrast', 'target-size']
const kindOfKpi = new Map(listKpis(plan).map(({ kpi }) => [kpi.id, kpi.kind]))

/** A page's look: its language, its kind of page, its goal (a colour of its own) and, for a KPI, its kind. */
function lookOf(path: string): string {
  const [locale = '', ...rest] = path.split('/').filter(Boolean)
  const id = rest[1] ?? ''
  const goal = /^goal-\d+/.exec(id)?.[0] ?? ''
  const shape = rest.map((segment, index) => (index === 1 ? ':id' : segment)).join('/')
  return [locale, shape, goal, kindOfKpi.get(id) ?? ''].join(' ')
}
const looksChecked = new Set<string>()

/** axe on a page of the sweep: every rule, the look's two only on the first page of each look. */
async function sweepAxe(page: Page, path: string): Promise<string[]> {
  const look = lookOf(path)
  const rules = looksChecked.has(look) ? Object.fromEntries(LOOK_RULES.map((rule) => [rule, { enabled: false }])) : {}
  looksChecked.add(look)
  return axeViolations(page, rules)
}

/** One visit, every check; returns what is wrong, each line naming the check. */
async function checkPage(page: Page, visit: Visit): Promise<string[]> {
  const wrong: string[] = []
  const response = await page.goto(`${baseUrl}${visit.path}`)
  if (response?.status() !== visit.status) wrong.push(`status ${response?.status()}, expected ${visit.status}`)
  if (visit.app) await appReady(page)
  // The site root opens the reader's language (their last choice, else the browser's): check where it lands,
  // once the language page has replaced the choice of languages and the head says its language.
  if (visit.path === '/') {
    await page.waitForFunction(
      () => !document.querySelector('.choose-language') && document.documentElement.lang === (location.pathname.startsWith('/en') ? 'en' : 'ja'),
      null,
      { timeout: 10_000 },
    )
  }
  const seen = await page.evaluate(readPage, { app: visit.app, pluralNouns: PLURAL_NOUNS })

  const lang = new URL(page.url()).pathname.startsWith('/en') ? 'en' : 'ja'
  if (seen.lang !== lang) wrong.push(`<html lang="${seen.lang}">, expected "${lang}"`)
  if (seen.headings.length !== 1 || !seen.headings[0]) wrong.push(`${visit.app ? 'main h1' : 'h1'}: ${JSON.stringify(seen.headings)}, expected exactly one with text`)
  if (seen.csp !== META_CONTENT_SECURITY_POLICY) wrong.push(`Content-Security-Policy meta: ${seen.csp}`)
  if (seen.overflow) wrong.push(`wider than the phone: ${seen.overflow}`)
  if (visit.app && (seen.headerHeight === null || seen.headerHeight > FIRST_SCREEN.headerMaxHeight)) {
    wrong.push(`header ${seen.headerHeight}px high, expected one bar of at most ${FIRST_SCREEN.headerMaxHeight}px`)
  }
  if (seen.headingTop !== null && seen.headingTop > FIRST_SCREEN.headingMaxTop) wrong.push(`h1 starts ${Math.round(seen.headingTop)}px down, expected within ${FIRST_SCREEN.headingMaxTop}px`)
  if (kpiIds.has(visit.path) && (seen.figureTop === null || seen.figureTop >= seen.screenHeight)) {
    wrong.push(`the chart starts at ${seen.figureTop}px, below the first screen (${seen.screenHeight}px)`)
  }
  if (HOME_PATHS.has(new URL(page.url()).pathname)) {
    if (seen.homeTops.length !== 4) wrong.push(`home: ${seen.homeTops.length} of the plan's years and three goal cards, expected 4`)
    else if (seen.homeTops.some((top) => top >= seen.screenHeight)) wrong.push(`home: the years or a goal start below the first screen (${seen.homeTops.map(Math.round).join(', ')})`)
  }
  if (seen.chartLabelProblems.length > 0) wrong.push(`chart labels: ${seen.chartLabelProblems.join(' | ')}`)
  if (seen.brokenWords.length > 0) wrong.push(`words broken apart by their readings: ${seen.brokenWords.join(' | ')}`)
  if (lang === 'en' && seen.japanese.length > 0) wrong.push(`Japanese on an English page: ${seen.japanese.join(' | ')}`)
  if (seen.countSlips.length > 0) wrong.push(`a count that disagrees with its number: ${seen.countSlips.join(' | ')}`)
  const kpi = kpiOfPath.get(visit.path)
  if (kpi) {
    const expected = expectedKpiTexts(kpi)
    for (const value of expected.values) if (!seen.kpiTable.includes(value)) wrong.push(`KPI table lacks ${value}`)
    for (const value of expected.breakdown) if (!seen.breakdown.includes(value)) wrong.push(`baseline breakdown lacks ${value}`)
  }
  wrong.push(...(await sweepAxe(page, visit.path)))
  wrong.push(...takeErrors(page).filter((error) => !visit.expectedError?.(error)))
  return wrong
}

/**
 * Pages open at once, each its own renderer process. Two keep both cores of a CI machine busy: over the
 * first 90 pages, 1 took 59 s, 2 took 48 s, 3 took 53 s and 4 took 55 s (measured with other work running).
 */
const PARALLEL_PAGES = 2

describe('every page the build publishes', () => {
  it('is a prerendered page of the app or a page the build generates: none missing, none unlisted', () => {
    const expected = [...prerenderedPaths(plan).map(fileOf), ...GENERATED_PAGES]
    expect([...publishedFiles].sort()).toEqual(expected.sort())
  })

  it('opens on a phone with its status, language, one heading, the security policy, no axe violation, nothing wider than the screen, no console error and, in English, no stray Japanese', async () => {
    // The phone's service worker stays blocked (support/setup.ts): its precache of the whole app would
    // compete for the CPU, and offline behaviour has tests of its own (offline.test.ts, precache.test.ts).
    const context = await newContext()
    await context.addInitScript(AXE_SOURCE)
    const queue = publishedFiles.flatMap(visitsOf)
    const visited: string[] = []
    const failures: string[] = []
    async function worker(): Promise<void> {
      const page = await context.newPage()
      for (let visit = queue.shift(); visit !== undefined; visit = queue.shift()) {
        const wrong = await checkPage(page, visit).catch((error: unknown) => [`could not be checked: ${String(error).split('\n')[0]}`])
        failures.push(...wrong.map((what) => `${visit.path}: ${what}`))
        visited.push(visit.path)
      }
    }
    await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker))
    expect(visited).toHaveLength(publishedFiles.length + 1)
    expect(failures.sort()).toEqual([])
  }, 900_000)

  it('has no axe violation in the dark colour scheme either, on one page of each look (colours come from the look, never from the words)', async () => {
    const context = await newContext({ colorScheme: 'dark' })
    await context.addInitScript(AXE_SOURCE)
    const firstOfLook = new Map<string, Visit>()
    for (const visit of publishedFiles.flatMap(visitsOf)) if (!firstOfLook.has(lookOf(visit.path))) firstOfLook.set(lookOf(visit.path), visit)
    const queue = [...firstOfLook.values()]
    const failures: string[] = []
    async function worker(): Promise<void> {
      const page = await context.newPage()
      for (let visit = queue.shift(); visit !== undefined; visit = queue.shift()) {
        await page.goto(`${baseUrl}${visit.path}`)
        if (visit.app) await appReady(page)
        // The scheme is in force (else this proves nothing): the page's ground is dark.
        const ground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
        if (visit.app && ground !== 'rgb(18, 19, 23)') failures.push(`${visit.path}: background ${ground}, expected the dark scheme's`)
        const violations = await axeViolations(page)
        failures.push(...violations.map((violation) => `${visit.path}: ${violation}`))
        takeErrors(page)
      }
    }
    await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker))
    expect(firstOfLook.size).toBeGreaterThan(20)
    expect(failures.sort()).toEqual([])
  }, 600_000)
})

describe('without JavaScript', () => {
  it('an initiative page shows its title, actions and KPIs', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    const { initiative } = listInitiatives(plan).at(-1)!
    await page.goto(`${baseUrl}/ja/initiatives/${initiative.id}`)
    expect(await page.locator('main h1').textContent()).toBe(initiative.title.ja)
    const body = await page.locator('main').innerText()
    expect(body).toContain(initiative.actions[0]!.text.ja)
    expect(body).toContain(initiative.kpis[0]!.name.ja)
  })
})
