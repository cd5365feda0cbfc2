/** The Content-Security-Policy every page carries (every-page.test.ts checks it is there): the app works under it, and it refuses what it should. */
import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, it } from 'vitest'
import { listKpis } from '../../src/data/walk'
import { loadRealPlan } from '../support/plan'
import { allowErrors, context, foreignRequests, goto, page } from './support/setup'

const plan = loadRealPlan()
const numericKpi = listKpis(plan).find(({ kpi }) => kpi.kind === 'numeric')!

beforeEach(async () => {
  // Every violation the page reports, whether or not it reaches the console.
  await context.addInitScript(() => {
    const violations: string[] = []
    Object.assign(window, { cspViolations: violations })
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective}: ${event.blockedURI}`))
  })
})

const violationsOf = (target: Page) => target.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)

describe('under the Content-Security-Policy', () => {
  const paths = ['/', '/ja', '/en/goals/goal-1', `/ja-easy/initiatives/${numericKpi.initiative.id}`, `/en/kpis/${numericKpi.kpi.id}`, '/ja/search?q=窓口', '/en/about', '/ja/no-such-page']

  it.each(paths)('%s works with no violation', async (path) => {
    // The not-found page arrives with status 404, which the console reports; that is the page working.
    allowErrors((error) => error.includes('status of 404'))
    await goto(path)
    await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0)
    // Charts: touching one loads the interactive chart, which must draw under the policy too.
    const chart = page.locator('.kpi-chart-canvas').first()
    if ((await chart.count()) > 0) {
      await chart.scrollIntoViewIfNeeded()
      await chart.hover()
      await page.locator('.kpi-chart-live svg').first().waitFor({ state: 'visible' })
    }
    expect(await violationsOf(page)).toEqual([])
  })

  it('covers the accessibility report the About page links to', async () => {
    await goto('/en/about')
    await page.getByRole('link', { name: /Accessibility policy and test results/ }).click()
    await page.waitForURL('**/accessibility.html')
    expect(await page.locator('h1').innerText()).toContain('ウェブアクセシビリティ方針と試験結果')
    expect(await violationsOf(page)).toEqual([])
  })

  it('refuses a script put into the page, and eval', async () => {
    // Chromium reports each refusal on the console too: the refusals this test provokes.
    allowErrors((error) => /^error: .*Content Security Policy/.test(error))
    await goto('/ja')
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.injectedRan = true'
      document.body.append(script)
      const evalOutcome = await new Promise<string>((resolve) => {
        // A timer with a string body is eval by another name.
        try {
          // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the very thing the policy must refuse
          setTimeout('window.evalRan = true', 0)
        } catch {
          resolve('threw')
        }
        setTimeout(() => resolve('done'), 50)
      })
      const state = window as unknown as { injectedRan?: boolean; evalRan?: boolean }
      return { injectedRan: state.injectedRan ?? false, evalRan: state.evalRan ?? false, evalOutcome }
    })
    expect(outcome.injectedRan).toBe(false)
    expect(outcome.evalRan).toBe(false)
    const violations = await violationsOf(page)
    expect(violations).toContain('script-src-elem: inline')
    expect(violations).toContain('script-src: eval')
  })
})

describe('the no-third-party check', () => {
  it('notices a request to another origin (so its silence in every other test means something)', async () => {
    // The image cannot load (the address does not exist): the browser's note of that is expected.
    allowErrors((error) => error.startsWith('error: Failed to load resource: net::'))
    // A page of no origin of ours, without our policy (which would refuse the image before any request).
    await page.setContent('<img src="http://third-party.invalid/pixel.png" alt="">')
    await expect.poll(() => foreignRequests.some((url) => url.startsWith('http://third-party.invalid/'))).toBe(true)
    foreignRequests.splice(0)
  })
})
