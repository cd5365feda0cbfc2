/** axe-core's WCAG 2.x A/AA rules (2.2 included) on every page in every language: zero violations. */
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prerenderedPaths } from '../../src/router/paths'
import { loadRealPlan } from '../support/plan'
import { baseUrl, launchBrowser, newPhoneContext } from './support/browser'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('accessibility', () => {
  it('has no axe violations on any page, in any language, on a phone', async () => {
    const context = await newPhoneContext(browser, { locale: 'ja-JP', serviceWorkers: 'block' })
    const page = await context.newPage()
    const violations: string[] = []
    for (const path of prerenderedPaths(loadRealPlan()).filter((path) => path !== '/')) {
      await page.goto(`${baseUrl()}${path}`)
      await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true')
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
      for (const violation of results.violations) {
        violations.push(`${path}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`)
      }
    }
    expect(violations).toEqual([])
    await context.close()
  }, 600_000)
})
