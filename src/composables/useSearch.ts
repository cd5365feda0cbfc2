import { computed } from 'vue'
import { planPart } from '@/data/load-plan-parts'
import { pickText } from '@/data/plan-texts'
import { listActions, listInitiatives, listKpis } from '@/data/walk'
import { createSearchEntry, searchEntries, type SearchEntry } from '@/lib/search'
import type { LocalizedText, Plan } from '@/schema/plan'
import { DEFAULT_LOCALE, type Locale } from '@/shared/languages'
import { pagePath } from '@/shared/page-paths'
import { useLocale } from './useLocale'
import { usePlan } from './usePlan'

export type SearchKind = 'initiative' | 'action' | 'kpi' | 'department'

export interface SearchHit {
  kind: SearchKind
  id: string
  title: LocalizedText
  /** Where it sits: the initiative an action or KPI belongs to. */
  context?: LocalizedText
  /** The app path inside the locale, e.g. initiatives/goal-1-m1-a#goal-1-m1-a-1. */
  path: string
}

/**
 * Every initiative, action, KPI and department, found by its words in the reader's language and in
 * the source's Japanese (a term seen on a poster or in the PDF). `plan` and `source` are the same plan
 * in two languages, walked in the same order.
 */
export function buildSearchIndex(plan: Plan, source: Plan, locale: Locale): SearchEntry<SearchHit>[] {
  const both = (value: LocalizedText, original: LocalizedText) => [pickText(value, locale).text, pickText(original, DEFAULT_LOCALE).text]
  const departments = (ids: string[], of: Plan) => ids.map((id) => of.departments.find((department) => department.id === id)!.name)
  const sourceInitiatives = listInitiatives(source)
  const sourceActions = listActions(source)
  const sourceKpis = listKpis(source)
  return [
    ...listInitiatives(plan).map(({ initiative, measure, goal }, index) => {
      const original = sourceInitiatives[index]!
      return createSearchEntry<SearchHit>(
        { kind: 'initiative', id: initiative.id, title: initiative.title, context: goal.title, path: pagePath('initiative', { initiativeId: initiative.id }) },
        [
          ...both(initiative.title, original.initiative.title),
          initiative.easyShortTitle,
          // The table of contents' wording, where it differs from the page's: a reader may search either.
          ...(initiative.tocTitle && original.initiative.tocTitle ? both(initiative.tocTitle, original.initiative.tocTitle) : []),
          ...both(measure.title, original.measure.title),
          ...both(initiative.explanation, original.initiative.explanation),
        ],
      )
    }),
    ...listActions(plan).map(({ action, initiative }, index) => {
      const original = sourceActions[index]!
      const names = departments(action.departments, plan)
      const originalNames = departments(action.departments, source)
      return createSearchEntry<SearchHit>(
        { kind: 'action', id: action.id, title: action.text, context: initiative.title, path: pagePath('initiative', { initiativeId: initiative.id }, action.id) },
        [...both(action.text, original.action.text), ...names.flatMap((name, at) => both(name, originalNames[at]!))],
      )
    }),
    ...listKpis(plan).map(({ kpi, initiative }, index) =>
      createSearchEntry<SearchHit>(
        { kind: 'kpi', id: kpi.id, title: kpi.name, context: initiative.title, path: pagePath('kpi', { kpiId: kpi.id }) },
        [...both(kpi.name, sourceKpis[index]!.kpi.name), kpi.easyShortName],
      ),
    ),
    ...plan.departments.map((department, index) =>
      createSearchEntry<SearchHit>(
        { kind: 'department', id: department.id, title: department.name, path: pagePath('departments', {}, department.id) },
        both(department.name, source.departments[index]!.name),
      ),
    ),
  ]
}

const indexes = new Map<Locale, SearchEntry<SearchHit>[]>()

/** Offline search in the current language (its page loads the whole plan in it and in Japanese: src/router/page-data.ts). */
export function useSearch() {
  const { locale } = useLocale()
  const { plan } = usePlan()
  const index = computed(() => {
    let entries = indexes.get(locale.value)
    if (!entries) {
      const source = planPart(DEFAULT_LOCALE, { kind: 'all' })
      if (!source) throw new Error('useSearch() before the Japanese plan was loaded (src/router/page-data.ts)')
      entries = buildSearchIndex(plan.value, source, locale.value)
      indexes.set(locale.value, entries)
    }
    return entries
  })
  return { search: (query: string) => searchEntries(index.value, query) }
}
