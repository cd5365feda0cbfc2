import { describe, expect, it } from 'vitest'
import { buildSearchIndex } from '../../../src/composables/useSearch'
import { wholePlan } from '../../../src/data/plan-part-builders'
import { searchEntries } from '../../../src/lib/search'
import type { Locale } from '../../../src/shared/languages'
import { loadRealPlan } from '../../support/plan'

const plan = loadRealPlan()
/** The search page's index in a language, as the page builds it from the whole plan in that language and in Japanese. */
const indexIn = (locale: Locale) => buildSearchIndex(wholePlan(plan, locale), wholePlan(plan, 'ja'), locale)
const idsFound = (locale: Locale, query: string) => searchEntries(indexIn(locale), query).map((hit) => hit.id)

describe('search', () => {
  it('finds an initiative by the title its page prints and by the one the table of contents prints', () => {
    // goal-2-m2-b: 「持続的な財政基盤の構築」 on its page, 「持続可能な財政基盤の構築」 in the contents (docs/DATA.md).
    for (const locale of ['ja', 'ja-easy', 'en'] as const) {
      expect(idsFound(locale, '持続的な財政基盤'), locale).toContain('goal-2-m2-b')
      expect(idsFound(locale, '持続可能な財政基盤'), locale).toContain('goal-2-m2-b')
    }
    expect(idsFound('en', 'sustainable financial foundation')).toContain('goal-2-m2-b')
  })

  it('finds an initiative and a KPI by the short easy-Japanese names their headings show', () => {
    const written = (markup: string) => markup.replace(/\{([^{}|]+)\|[^{}|]+\}/g, '$1')
    for (const initiative of plan.goals.flatMap((goal) => goal.measures.flatMap((measure) => measure.initiatives))) {
      expect(idsFound('ja-easy', written(initiative.easyShortTitle)), initiative.id).toContain(initiative.id)
      for (const kpi of initiative.kpis) expect(idsFound('ja-easy', written(kpi.easyShortName)), kpi.id).toContain(kpi.id)
    }
  })
})
