/**
 * What every browser test file gets (vitest setupFiles; the VitePress e2e way): a connection to the run's
 * one Chromium (started in global-setup.ts), a fresh phone-sized `page` for each test, `goto(path)`, and
 * after each test the checks no test may forget: no console error or hydration warning and no request
 * to another origin, in any context the test opened. A test that provokes an error on purpose says
 * which with `allowErrors()`.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest'

/** The app's origin: dist/ served on this machine (global-setup.ts). */
export const baseUrl = inject('baseUrl')

/**
 * A phone set to Japanese, like most of our readers'. Its service worker is blocked unless a test asks for
 * one ({ serviceWorkers: 'allow' }): installing it downloads the whole app (≈6 MB) into the cache, which
 * every test would pay for and only the offline and update tests need.
 */
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
  locale: 'ja-JP',
  serviceWorkers: 'block',
}

export let browser: Browser
/** This test's phone and its page: new for every test, closed after it. */
export let context: BrowserContext
export let page: Page

/** Console errors, page errors and hydration warnings, each as text naming its page's address. */
interface Problem {
  page: Page | null
  text: string
}
const problems: Problem[] = []
/** Errors the running test provokes on purpose (allowErrors()). */
let provoked: ((error: string) => boolean)[] = []

/**
 * Requests to any origin but the app's, from every context the tests open (pages and service workers).
 * The app promises residents no third-party requests.
 */
export const foreignRequests: string[] = []

/** The app's origin in a test is a server on this machine (some tests start one of their own, on another port). */
function isForeign(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return false
  return !['127.0.0.1', 'localhost'].includes(new URL(url).hostname)
}

function watch(watched: BrowserContext): void {
  watched.on('request', (request) => {
    if (isForeign(request.url())) foreignRequests.push(request.url())
  })
  watched.on('console', (message) => {
    const text = message.text()
    if (message.type() === 'error' || /hydration/i.test(text)) {
      problems.push({ page: message.page(), text: `${message.type()}: ${text} (${message.page()?.url() ?? 'no page'})` })
    }
  })
  watched.on('weberror', (error) => {
    problems.push({ page: error.page(), text: `pageerror: ${error.error().message} (${error.page()?.url() ?? 'no page'})` })
  })
}

let testRunning = false
const testContexts: BrowserContext[] = []
const fileContexts: BrowserContext[] = []

/**
 * A new phone (or, with options, another device) with no history, watched like every other. Opened during
 * a test it closes after the test; opened in beforeAll it lasts for the file (a service worker installed once).
 */
export async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const created = await browser.newContext({ ...PHONE, ...options })
  watch(created)
  ;(testRunning ? testContexts : fileContexts).push(created)
  return created
}

export interface PageOptions extends BrowserContextOptions {
  /** Playwright's fake clock, installed before the first page opens: the test moves time itself. */
  fakeClock?: boolean
}

/** A page in a context of its own: another language, no JavaScript, a service worker, a fake clock… */
export async function newPage({ fakeClock = false, ...options }: PageOptions = {}): Promise<Page> {
  const created = await newContext(options)
  if (fakeClock) await created.clock.install()
  return created.newPage()
}

/** A desktop-sized window with a real keyboard: a phone context would not show :focus-visible the same way. */
export const newDesktopPage = () => newPage({ viewport: { width: 1024, height: 768 }, isMobile: false, hasTouch: false })

/** Waits until the app has started (hydrated, or rendered afresh) in the page. */
export async function appReady(target: Page = page): Promise<void> {
  await target.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
}

/** Opens a path of the app the way a reader does (typed, or followed from a link elsewhere) and waits for the app. */
export async function goto(path: string, target: Page = page): Promise<Response | null> {
  const response = await target.goto(`${baseUrl}${path}`)
  await appReady(target)
  return response
}

/** The header bar's two buttons (AppHeaderDisclosure.vue): the language choice, and the menu with everything else. */
export const headerButton = (name: 'languages' | 'menu', target: Page = page) =>
  target.locator(`.app-header details:has(${name === 'languages' ? '.language-switch' : '.display-settings'}) > summary`)

/** Opens the language choice or the menu, as a reader taps it (a <details>: it opens before the app has woken too). */
export async function openHeaderPanel(name: 'languages' | 'menu', target: Page = page): Promise<void> {
  const button = headerButton(name, target)
  if (!(await button.evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open))) await button.click()
}

/** The page's main heading. */
export const heading = (target: Page = page) => target.locator('main h1').first()

/** The address bar's path, decoded as a reader reads it. */
export const pathname = (target: Page = page) => decodeURI(new URL(target.url()).pathname)

/** After one visit online: the service worker has installed, precached the app and is active. */
export async function serviceWorkerActive(target: Page = page): Promise<void> {
  const state = await target.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!
    if (worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(null)))
    return worker.state
  })
  expect(state).toBe('activated')
}

/** Reloads until the active service worker controls the page (the generated worker does not claim open pages). */
export async function serviceWorkerInControl(target: Page = page): Promise<void> {
  await serviceWorkerActive(target)
  await target.reload()
  await target.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

/**
 * The running test provokes errors that `isProvoked` recognises (a failing chart, a 404): they are expected,
 * every other error still fails the test.
 */
export function allowErrors(isProvoked: (error: string) => boolean): void {
  provoked.push(isProvoked)
}

/** The errors recorded so far in this test, for a test that checks the failure it provoked was noticed. */
export const errors = (): string[] => problems.map((problem) => problem.text)

/** Takes the errors one page recorded, for a test that reports them itself (the sweep of every page). */
export function takeErrors(from: Page): string[] {
  const taken: string[] = []
  for (let index = problems.length - 1; index >= 0; index--) {
    if (problems[index]!.page === from) taken.unshift(...problems.splice(index, 1).map((problem) => problem.text))
  }
  return taken
}

beforeAll(async () => {
  browser = await chromium.connect(inject('browserEndpoint'))
})

beforeEach(async () => {
  testRunning = true
  context = await newContext()
  page = await context.newPage()
})

afterEach(async () => {
  testRunning = false
  await Promise.all(testContexts.splice(0).map((each) => each.close()))
  const unexpected = problems.splice(0).map((problem) => problem.text).filter((text) => !provoked.some((isProvoked) => isProvoked(text)))
  provoked = []
  expect(
    { errors: unexpected, foreignRequests: foreignRequests.splice(0) },
    'console errors, page errors and hydration warnings; requests to another origin (the app must make none)',
  ).toEqual({ errors: [], foreignRequests: [] })
})

afterAll(async () => {
  await Promise.all(fileContexts.splice(0).map((each) => each.close()))
  await browser?.close()
})
