/**
 * How each part of the plan (./plan-parts.ts) is made from the validated plan, for one language. Run
 * by the build, which writes the parts as JSON files, and by the prerender; never in the browser.
 */
import type { Goal, Plan } from '../schema/plan'
import { languageOf, type Locale } from '../shared/languages'
import type { GoalPart, InitiativePart, PlanIndex, PlanPartRequest, PlanParts } from './plan-parts'
import { countWithResults, latestSource, latestYearTally } from '../lib/kpi-results'
import { isLocalizedText } from './plan-texts'
import { SDG_NAMES } from './sdg-names'
import { japaneseTextsOf, listInitiatives, listKpis } from './walk'

/**
 * Texts kept in every language: a KPI's unit. How a value is written is decided by its unit in the source
 * (formatKpiValue: 千円 reads as "¥14.2 million" in English, % sits tight against the number), so the
 * Japanese unit travels with every language's part.
 */
const KEPT_WHOLE = new Set(['unit'])

/** Each plan text in `value` reduced to one language (see above); the rest copied as it is. */
export function inLanguage<T>(value: T, locale: Locale): T {
  const { content } = languageOf(locale)
  const reduce = (item: unknown, key?: string): unknown => {
    if (key !== undefined && KEPT_WHOLE.has(key) && isLocalizedText(item)) return item
    if (isLocalizedText(item)) {
      const own = item[content]
      return own ? { [content]: own } : { ja: item.ja }
    }
    if (Array.isArray(item)) return item.map((each) => reduce(each))
    if (typeof item === 'object' && item !== null) return Object.fromEntries(Object.entries(item).map(([name, each]) => [name, reduce(each, name)]))
    return item
  }
  return reduce(value) as T
}

const initiativesOf = (goal: Goal) => goal.measures.flatMap((measure) => measure.initiatives)

export function planIndex(plan: Plan, locale: Locale): PlanIndex {
  const { title, startFiscalYear, endFiscalYear, publisher } = plan.meta
  return inLanguage(
    {
      meta: { title, startFiscalYear, endFiscalYear, publisher: { name: publisher.name } },
      goals: plan.goals.map((goal) => ({
        id: goal.id,
        number: goal.number,
        title: goal.title,
        explanation: goal.explanation,
        counts: {
          measures: goal.measures.length,
          initiatives: initiativesOf(goal).length,
          kpis: initiativesOf(goal).reduce((sum, initiative) => sum + initiative.kpis.length, 0),
        },
        results: latestYearTally(initiativesOf(goal).flatMap((initiative) => initiative.kpis)),
        sdgs: [...new Set(initiativesOf(goal).flatMap((initiative) => initiative.sdgs.map((tag) => tag.goal)))].sort((a, b) => a - b),
        initiativeIds: initiativesOf(goal).map((initiative) => initiative.id),
      })),
      results: {
        kpis: listKpis(plan).length,
        withResults: countWithResults(listKpis(plan).map(({ kpi }) => kpi)),
        latestSource: latestSource(listKpis(plan).map(({ kpi }) => kpi)),
      },
      sdgNames: SDG_NAMES,
    },
    locale,
  )
}

export function goalPart(plan: Plan, locale: Locale, goalId: string): GoalPart | undefined {
  const goal = plan.goals.find((each) => each.id === goalId)
  if (!goal) return undefined
  return inLanguage(
    {
      goal: {
        id: goal.id,
        number: goal.number,
        title: goal.title,
        explanation: goal.explanation,
        measures: goal.measures.map(({ id, number, title, explanation, initiatives }) => ({
          id,
          number,
          title,
          explanation,
          initiatives: initiatives.map(({ id: initiativeId, label, title: name, easyShortTitle, explanation: meaning, sdgs, kpis }) => ({
            id: initiativeId,
            label,
            title: name,
            easyShortTitle,
            explanation: meaning,
            sdgs: sdgs.map((tag) => ({ goal: tag.goal })),
            kpis,
          })),
        })),
      },
    },
    locale,
  )
}

export function initiativePart(plan: Plan, locale: Locale, initiativeId: string): InitiativePart | undefined {
  const found = listInitiatives(plan).find((entry) => entry.initiative.id === initiativeId)
  if (!found) return undefined
  const { goal, measure, initiative } = found
  const departmentIds = new Set(initiative.actions.flatMap((action) => action.departments))
  const texts = japaneseTextsOf(initiative).join('\n')
  return inLanguage(
    {
      goal: { id: goal.id, number: goal.number, title: goal.title },
      measure: { id: measure.id, number: measure.number, title: measure.title },
      initiative,
      departments: plan.departments.filter((department) => departmentIds.has(department.id)),
      glossary: plan.glossary.filter((term) => term.matches.some((match) => texts.includes(match))).map(({ id, term }) => ({ id, term })),
    },
    locale,
  )
}

export function wholePlan(plan: Plan, locale: Locale): Plan {
  return inLanguage(plan, locale)
}

/** A part of the plan for one language, or undefined when the request names nothing in it (an unknown goal). */
export function buildPlanPart(plan: Plan, locale: Locale, request: PlanPartRequest): PlanParts[PlanPartRequest['kind']] | undefined {
  switch (request.kind) {
    case 'index':
      return planIndex(plan, locale)
    case 'goal':
      return goalPart(plan, locale, request.id)
    case 'initiative':
      return initiativePart(plan, locale, request.id)
    case 'all':
      return wholePlan(plan, locale)
  }
}

/** Every part of the plan in every language, as the build writes them. */
export function allPlanPartRequests(plan: Plan): PlanPartRequest[] {
  return [
    { kind: 'index' },
    ...plan.goals.map((goal) => ({ kind: 'goal' as const, id: goal.id })),
    ...listInitiatives(plan).map(({ initiative }) => ({ kind: 'initiative' as const, id: initiative.id })),
    { kind: 'all' },
  ]
}
