/**
 * axe-core in the browser tests: its source, put into a context before the page's own scripts
 * (`context.addInitScript(AXE_SOURCE)`), and one run over the page's document with WCAG 2.2 AA's rules.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults, RunOptions } from 'axe-core'
import type { Page } from 'playwright-core'

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

type InPageAxe = { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }

/** The page's WCAG violations, one line each naming the rule, how many elements and the first of them. */
export function axeViolations(page: Page, rules: RunOptions['rules'] = {}): Promise<string[]> {
  return page.evaluate(
    async ({ tags, rules }) => {
      const { axe } = window as unknown as InPageAxe
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] })
      return results.violations.map((violation) => `axe ${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target.join(' ')}`)
    },
    { tags: WCAG_TAGS, rules },
  )
}
