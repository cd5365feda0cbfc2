import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { inject } from 'vitest'

export const baseUrl = () => inject('baseUrl')

/** Flags these machines need (see ../shared/TOOLCHAIN.md): no sandbox as root, no GPU, no background traffic. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS })
}

/** A phone-sized context, like most of our readers'. */
export function newPhoneContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, ...options })
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
