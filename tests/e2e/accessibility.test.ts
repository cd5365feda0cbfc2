/** axe-core's WCAG 2.x A/AA rules (2.2 included) on every page in every language: zero violations. */
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { prerenderedPaths } from '../../src/router/prerendered-paths'
import { loadRealPlan } from '../support/plan'
import { goto, newContext } from './support/setup'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Pages checked at once: each is its own renderer process, so two cores keep busy while one page waits. */
const PARALLEL_PAGES = 3

describe('accessibility', () => {
  it('has no axe violations on any page, in any language, on a phone', async () => {
    const context = await newContext()
    const queue = prerenderedPaths(loadRealPlan()).filter((path) => path !== '/')
    const violations: string[] = []
    async function checkPages(page: Page): Promise<void> {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await goto(path, page)
        // Legacy mode runs axe.run() in the page itself; the default opens a blank page per check to merge
        // frame results (≈0.5 s each, for the 325 pages). Our pages have no frames, so nothing goes untested.
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze()
        for (const violation of results.violations) {
          violations.push(`${path}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`)
        }
      }
    }
    const pages = await Promise.all(Array.from({ length: PARALLEL_PAGES }, () => context.newPage()))
    await Promise.all(pages.map(checkPages))
    expect(queue).toEqual([])
    expect(violations.sort()).toEqual([])
  }, 600_000)
})
