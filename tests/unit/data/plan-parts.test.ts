import { describe, expect, it } from 'vitest'
import { allPlanPartRequests, buildPlanPart, goalPart, initiativePart, inLanguage, planIndex, wholePlan } from '../../../src/data/plan-part-builders'
import { kpiIn, parentId, planPartFile } from '../../../src/data/plan-parts'
import { listInitiatives, listKpis } from '../../../src/data/walk'
import { formatKpiValue } from '../../../src/lib/format'
import { loadRealPlan } from '../../support/plan'

const plan = loadRealPlan()
const { goal, measure, initiative } = listInitiatives(plan).find(({ initiative }) => initiative.id === 'goal-1-m2-b')!

/** Every plan text inside a value, as { key: words } objects. */
function textsIn(value: unknown): Record<string, string>[] {
  if (Array.isArray(value)) return value.flatMap(textsIn)
  if (typeof value !== 'object' || value === null) return []
  const keys = Object.keys(value)
  if (keys.length > 0 && keys.every((key) => ['ja', 'jaEasy', 'en'].includes(key)) && Object.values(value).every((each) => typeof each === 'string')) {
    return [value as Record<string, string>]
  }
  // A KPI's unit is kept whole on purpose (its own test below).
  return Object.entries(value).flatMap(([key, each]) => (key === 'unit' ? [] : textsIn(each)))
}

describe('the plan in parts, one language at a time', () => {
  it('gives the home page the plan’s name and its three goals, each with what it holds and the SDGs it touches', () => {
    const index = planIndex(plan, 'en')
    expect(index.meta.title).toEqual({ en: plan.meta.title.en })
    expect(index.goals.map((each) => each.title)).toEqual(plan.goals.map((each) => ({ en: each.title.en })))
    const first = index.goals[0]!
    expect(first.counts.measures).toBe(plan.goals[0]!.measures.length)
    expect(first.counts.kpis).toBe(listKpis({ goals: [plan.goals[0]!] }).length)
    expect(first.sdgs).toEqual([...first.sdgs].sort((a, b) => a - b))
    expect(first.sdgs).toContain(plan.goals[0]!.measures[0]!.initiatives[0]!.sdgs[0]!.goal)
  })

  it('carries each text in one language only', () => {
    for (const locale of ['ja', 'ja-easy', 'en'] as const) {
      const key = { ja: 'ja', 'ja-easy': 'jaEasy', en: 'en' }[locale]
      const texts = textsIn(wholePlan(plan, locale))
      expect(texts.length).toBeGreaterThan(500)
      expect(texts.every((text) => Object.keys(text).join() === key)).toBe(true)
    }
  })

  it('falls back to the Japanese, alone, for a text that has no words yet in the language', () => {
    expect(inLanguage({ title: { ja: '研修', jaEasy: '', en: '' } }, 'en')).toEqual({ title: { ja: '研修' } })
  })

  it('gives a goal page its measures and initiative cards, and an initiative page the whole initiative with its breadcrumbs, departments and terms', () => {
    const goalOnly = goalPart(plan, 'ja', goal.id)!
    const card = goalOnly.goal.measures.flatMap((each) => each.initiatives).find((each) => each.id === initiative.id)!
    expect(card.kpis.map((kpi) => kpi.id)).toEqual(initiative.kpis.map((kpi) => kpi.id))
    expect(card).not.toHaveProperty('actions')

    const part = initiativePart(plan, 'ja', initiative.id)!
    expect(part.goal).toEqual({ id: goal.id, number: goal.number, title: { ja: goal.title.ja } })
    expect(part.measure).toEqual({ id: measure.id, number: measure.number, title: { ja: measure.title.ja } })
    expect(part.initiative.actions).toHaveLength(initiative.actions.length)
    const named = new Set(initiative.actions.flatMap((action) => action.departments))
    expect(part.departments.map((department) => department.id).sort()).toEqual([...named].sort())
    for (const term of part.glossary) expect(plan.glossary.find((each) => each.id === term.id)).toBeDefined()
  })

  it('gives a KPI page its KPI and breadcrumbs from the initiative its id names', () => {
    const { kpi } = listKpis(plan).find(({ kpi }) => kpi.id === 'goal-1-m2-b-k1')!
    expect(parentId(kpi.id)).toBe(initiative.id)
    const found = kpiIn(initiativePart(plan, 'en', parentId(kpi.id))!, kpi.id)!
    expect(found.kpi.name).toEqual({ en: kpi.name.en })
    expect(found.initiative.id).toBe(initiative.id)
    expect(kpiIn(initiativePart(plan, 'en', initiative.id)!, `${initiative.id}-k9`)).toBeUndefined()
  })

  it('keeps a KPI’s unit whole, so each language writes the value as the source’s unit asks', () => {
    // Found by reading an English KPI page: with its unit in English only, 14,215千円 read "14,215 thousand yen"
    // and 98.4% read "98.4 %" (formatKpiValue decides by the Japanese unit).
    const value = (kpiId: string, locale: 'en' | 'ja') => {
      const part = initiativePart(plan, locale, parentId(kpiId))!
      const { kpi } = kpiIn(part, kpiId)!
      if (kpi.kind !== 'numeric' || !kpi.baseline) throw new Error(`${kpiId} has no numeric baseline`)
      return formatKpiValue(kpi, kpi.baseline, locale)
    }
    expect(value('goal-2-m2-a-k1', 'en')).toBe('¥14.2 million')
    expect(value('goal-1-m1-a-k1', 'en')).toBe('98.4%')
    expect(value('goal-2-m2-a-k1', 'ja')).toBe('14,215千円')
  })

  it('has no part for what the plan does not have', () => {
    expect(goalPart(plan, 'ja', 'goal-9')).toBeUndefined()
    expect(buildPlanPart(plan, 'ja', { kind: 'initiative', id: 'goal-1-m1-z' })).toBeUndefined()
  })

  it('writes every part of the plan to a file of its own', () => {
    const requests = allPlanPartRequests(plan)
    expect(requests).toHaveLength(1 + plan.goals.length + listInitiatives(plan).length + 1)
    const files = requests.map((request) => planPartFile('ja-easy', request))
    expect(new Set(files).size).toBe(files.length)
    expect(files).toContain('plan-data/ja-easy/initiatives/goal-1-m2-b.json')
  })
})
