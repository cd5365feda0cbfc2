/**
 * The plan data against the source text: the counts were taken by reading
 * docs/source/plan-ja.txt (a copy of ../shared/seeds/plan-ja.txt), table by table.
 */
import { describe, expect, it } from 'vitest'
import { formatKpiValue } from '../../../src/lib/format'
import type { NumericValue } from '../../../src/schema/plan'
import { FISCAL_YEAR_KEYS } from '../../../src/shared/plan-years'
import { listActions, listInitiatives, listKpis } from '../../../src/data/walk'
import { loadRealPlan, SOURCE_TEXT } from '../../support/plan'

const plan = loadRealPlan()

/** Actions (取組内容 rows) and KPIs (成果指標 rows) per initiative, as counted in the source. */
const COUNTED_IN_SOURCE: Record<string, { actions: number; kpis: number }> = {
  'goal-1-m1-a': { actions: 2, kpis: 2 },
  'goal-1-m1-b': { actions: 3, kpis: 3 },
  'goal-1-m1-c': { actions: 3, kpis: 2 },
  'goal-1-m2-a': { actions: 4, kpis: 2 },
  'goal-1-m2-b': { actions: 4, kpis: 3 },
  'goal-1-m2-c': { actions: 1, kpis: 1 },
  'goal-1-m3-a': { actions: 5, kpis: 3 },
  'goal-1-m3-b': { actions: 5, kpis: 3 },
  'goal-1-m3-c': { actions: 4, kpis: 2 },
  'goal-2-m1-a': { actions: 4, kpis: 2 },
  'goal-2-m1-b': { actions: 1, kpis: 1 },
  'goal-2-m2-a': { actions: 3, kpis: 2 },
  'goal-2-m2-b': { actions: 2, kpis: 2 },
  'goal-2-m2-c': { actions: 1, kpis: 1 },
  'goal-2-m3-a': { actions: 3, kpis: 3 },
  'goal-2-m3-b': { actions: 3, kpis: 1 },
  'goal-3-m1-a': { actions: 1, kpis: 1 },
  'goal-3-m2-a': { actions: 4, kpis: 1 },
  'goal-3-m2-b': { actions: 3, kpis: 2 },
  'goal-3-m2-c': { actions: 1, kpis: 2 },
  'goal-3-m3-a': { actions: 2, kpis: 1 },
  'goal-3-m3-b': { actions: 1, kpis: 1 },
}

/** Compares titles the way a reader would: ignoring the extraction's spaces, footnote marks and stray long-vowel marks. */
const comparable = (title: string) => title.replace(/\s+/g, '').replace(/\d/g, '').replace(/^([アイウ])ー/, '$1')

describe('the plan data matches the source', () => {
  it('has the three focus goals, nine measures, 22 initiatives, 60 actions and 41 KPIs of the source', () => {
    expect(plan.goals).toHaveLength(3)
    expect(plan.goals.map((goal) => goal.measures.length)).toEqual([3, 3, 3])
    expect(listInitiatives(plan)).toHaveLength(22)
    expect(listActions(plan)).toHaveLength(60)
    expect(listKpis(plan)).toHaveLength(41)
  })

  it('has, for every initiative, as many actions and KPIs as its tables in the source', () => {
    const counted = Object.fromEntries(
      listInitiatives(plan).map(({ initiative }) => [
        initiative.id,
        { actions: initiative.actions.length, kpis: initiative.kpis.length },
      ]),
    )
    expect(counted).toEqual(COUNTED_IN_SOURCE)
  })

  it('lists the initiatives in the order and with the titles of the source pages', () => {
    const sourceHeadings = [...SOURCE_TEXT.matchAll(/^取組項目\s*(.+)$/gm)].map((match) => comparable(match[1] ?? ''))
    const dataHeadings = listInitiatives(plan).map(({ initiative }) =>
      comparable(`${initiative.label}${initiative.title.ja}`),
    )
    expect(dataHeadings).toEqual(sourceHeadings)
  })

  it('numbers actions ①, ②, … in order within each initiative', () => {
    for (const { initiative } of listInitiatives(plan)) {
      expect(initiative.actions.map((action) => action.number)).toEqual(initiative.actions.map((_, index) => index + 1))
    }
  })
})

describe('KPIs', () => {
  it('state a target for each of the three fiscal years, except the one year the source leaves a dash', () => {
    const missingTargets = listKpis(plan).flatMap(({ kpi }) =>
      FISCAL_YEAR_KEYS.filter((year) => kpi.targets[year] === null).map((year) => `${kpi.name.ja} ${year}`),
    )
    // 3(ウ): キャッシュレス決済導入手続数 prints 「_」 (a dash) for 令和8年度.
    expect(missingTargets).toEqual(['キャッシュレス決済導入手続数(累計) fy2026'])
  })

  const numericValues = listKpis(plan).flatMap(({ kpi }) => {
    if (kpi.kind !== 'numeric') return []
    const values: { where: string; value: NumericValue; unit: string }[] = []
    const add = (where: string, value: NumericValue | null) => value && values.push({ where, value, unit: kpi.unit.ja })
    add(`${kpi.id} baseline`, kpi.baseline)
    for (const year of FISCAL_YEAR_KEYS) add(`${kpi.id} ${year}`, kpi.targets[year])
    for (const item of kpi.baselineBreakdown?.items ?? []) add(`${kpi.id} ${item.label.ja}`, item.value)
    return values
  })

  it('keep each value as the number the source prints', () => {
    for (const { where, value } of numericValues) {
      const printedNumber = Number(value.printed.replace(/[^\d.]/g, ''))
      expect(printedNumber, where).toBe(value.number)
    }
  })

  it('print each value with its KPI unit', () => {
    for (const { where, value, unit } of numericValues) {
      expect(value.printed.replace(/[\d.,\s]/g, ''), where).toBe(unit === '手続' ? '' : unit)
    }
  })

  it('print only values that stand in the source text', () => {
    const squeezedSource = SOURCE_TEXT.replace(/\s+/g, '')
    for (const { where, value } of numericValues) {
      expect(squeezedSource, where).toContain(value.printed.replace(/\s+/g, ''))
    }
  })

  it('show each value with the digits the source prints, in every language', () => {
    const digitsOf = (text: string) => /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0]
    for (const { kpi } of listKpis(plan)) {
      if (kpi.kind !== 'numeric') continue
      // English reads 千円 as "¥14.2 million" and 万文字 as "7.8 million characters": other digits on purpose.
      const locales = ['千円', '万文字'].includes(kpi.unit.ja) ? (['ja', 'ja-easy'] as const) : (['ja', 'ja-easy', 'en'] as const)
      for (const { where, value } of numericValues.filter((entry) => entry.where.startsWith(`${kpi.id} `))) {
        for (const locale of locales) {
          expect(digitsOf(formatKpiValue(kpi, value, locale)), `${where} (${locale})`).toBe(digitsOf(value.printed))
        }
      }
    }
  })

  it('mark overtime hours and stored documents, and only those, as better when lower', () => {
    const lowerIsBetter = listKpis(plan)
      .filter(({ kpi }) => kpi.kind === 'numeric' && kpi.lowerIsBetter)
      .map(({ kpi }) => kpi.name.ja)
    expect(lowerIsBetter).toEqual(['職員一人当たりの時間外勤務時間数(選挙を除く)', '保存文書量(職員一人当たり)'])
  })

  it('ship no actual results, because the source has none', () => {
    expect(listKpis(plan).flatMap(({ kpi }): unknown[] => kpi.results)).toEqual([])
  })
})

describe('schedules', () => {
  it('start every yearly schedule with an activity, so an arrow always has something to carry', () => {
    for (const { action } of listActions(plan)) {
      if (action.schedule.kind === 'yearly') expect(action.schedule.fy2024.kind, action.id).toBe('activity')
    }
  })
})
