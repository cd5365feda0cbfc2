import { beforeAll, describe, expect, it } from 'vitest'
import { useKpiText } from '../../../src/composables/useKpiText'
import { listKpis } from '../../../src/data/walk'
import type { MilestoneKpi, NumericKpi } from '../../../src/schema/plan'
import { inApp } from '../../support/in-app'
import { loadRealPlan } from '../../support/plan'
import { uiStrings } from '../../support/ui-strings'

const ja = uiStrings('ja')
const en = uiStrings('en')

const kpis = listKpis(loadRealPlan()).map(({ kpi }) => kpi)
const numeric = kpis.filter((kpi): kpi is NumericKpi => kpi.kind === 'numeric')
const milestone = kpis.find((kpi): kpi is MilestoneKpi => kpi.kind === 'milestone')!
const inThousandsOfYen = numeric.find((kpi) => kpi.unit.ja === '千円' && kpi.baseline !== null)!
const percent = numeric.find((kpi) => kpi.unit.ja === '%' && kpi.baseline !== null)!
const byCategory = numeric.find((kpi) => kpi.baseline === null && kpi.baselineBreakdown)!
const counted = numeric.find((kpi) => kpi.unit.ja === '件' && kpi.baseline !== null)!

type KpiText = ReturnType<typeof useKpiText>
const inLanguage: Record<'ja' | 'ja-easy' | 'en', KpiText> = {} as never

describe('a KPI’s values in words', () => {
  beforeAll(async () => {
    for (const locale of ['ja', 'ja-easy', 'en'] as const) inLanguage[locale] = await inApp(`/${locale}/kpis/goal-1-m2-b-k1`, useKpiText)
  }, 60_000)

  it('prints a value with its unit as each language writes it', () => {
    const { ja, en, 'ja-easy': easy } = inLanguage
    expect(ja.valueMarkup(percent, percent.baseline)).toMatch(/^[\d.,]+%$/)
    expect(en.valueMarkup(inThousandsOfYen, inThousandsOfYen.baseline)).toMatch(/^¥[\d.,]+ million$/)
    expect(ja.valueMarkup(inThousandsOfYen, inThousandsOfYen.baseline)).toMatch(/^[\d,]+千円$/)
    // Easy Japanese carries the unit's reading as markup, for <FuriganaText> to show as ruby.
    expect(easy.valueMarkup(counted, counted.baseline)).toMatch(/^[\d,]+\{件\|けん\}$/)
  })

  it('says so where the source sets no target, and where a baseline is given by category or not at all', () => {
    expect(inLanguage.ja.valueMarkup(percent, null)).toBe(ja.kpi.noTarget)
    expect(inLanguage.en.valueMarkup(percent, null)).toBe(en.kpi.noTarget)
    expect(inLanguage.en.baselineMarkup(byCategory)).toBe(en.kpi.baselineByCategory)
    expect(inLanguage.ja.baselineMarkup(milestone)).toBe(ja.kpi.noBaseline)
  })

  it('gives a milestone’s words in the reader’s language', () => {
    const target = milestone.targets.fy2024 ?? milestone.targets.fy2025 ?? milestone.targets.fy2026
    expect(inLanguage.en.valueMarkup(milestone, target)).toBe(target!.text.en)
    expect(inLanguage.ja.valueMarkup(milestone, target)).toBe(target!.text.ja)
  })

  it('reads the whole series as one sentence for screen readers, punctuated as the language is', () => {
    const english = inLanguage.en.describe(percent)
    expect(english.split('; ')).toHaveLength(4)
    expect(english.startsWith(`${en.kpi.baseline} ${percent.baseline!.printed}; FY2024 ${en.kpi.target} `)).toBe(true)
    expect(english).not.toMatch(/[、：]/)
    const japanese = inLanguage.ja.describe(percent)
    expect(japanese.split('、')).toHaveLength(4)
    expect(japanese.startsWith(`${ja.kpi.baseline} ${percent.baseline!.printed}、令和6年度 ${ja.kpi.target} `)).toBe(true)
  })

  it('labels a chart’s years for its axis, with readings in parentheses in easy Japanese', () => {
    expect(inLanguage.en.chartLabels(percent).years).toEqual(['FY2024', 'FY2025', 'FY2026'])
    expect(inLanguage['ja-easy'].chartLabels(percent).years).toEqual(['2024\nねんど', '2025\nねんど', '2026\nねんど'])
    expect(inLanguage.en.chartLabels(percent).description).toContain(percent.name.en)
  })
})
