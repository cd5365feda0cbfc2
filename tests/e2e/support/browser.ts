import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { inject } from 'vitest'
// @ts-expect-error: a plain ES module script without types
import { CHROMIUM_FLAGS } from '../../../scripts/ensure-chromium.mjs'

export const baseUrl = () => inject('baseUrl')


export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_FLAGS as string[] })
}

/**
 * Requests to any origin but the app's, from every context the tests open (pages and service workers).
 * The app promises residents no third-party requests; tests/e2e/support/no-foreign-requests.ts fails
 * any test during which one was made.
 */
export const foreignRequests: string[] = []

/** The app's origin in a test is a server on this machine (some tests start one of their own, on another port). */
function isForeign(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return false
  return !['127.0.0.1', 'localhost'].includes(new URL(url).hostname)
}

/** A phone-sized context, like most of our readers'. */
export async function newPhoneContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, ...options })
  context.on('request', (request) => {
    if (isForeign(request.url())) foreignRequests.push(request.url())
  })
  return context
}

export interface PageProblems {
  /** Console errors, page errors and hydration warnings, as text. */
  errors: string[]
}

/** Records what a reader would never see but a maintainer must: console errors and hydration mismatches. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { errors: [] }
  page.on('console', (message) => {
    const text = message.text()
    if (message.type() === 'error' || /hydration/i.test(text)) problems.errors.push(`${message.type()}: ${text} (${page.url()})`)
  })
  page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message} (${page.url()})`))
  return problems
}
