import { computed } from 'vue'
import { createSearchEntry, searchEntries, type SearchEntry } from '@/lib/search'
import { pickText } from '@/data/plan-texts'
import type { LocalizedText } from '@/schema/plan'
import type { Locale } from '@/shared/languages'
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

const indexes = new Map<Locale, SearchEntry<SearchHit>[]>()

/** Offline search over initiatives, actions, KPIs and departments, in the current language. */
export function useSearch() {
  const { locale } = useLocale()
  const { initiatives, actions, kpis, plan } = usePlan()

  function buildIndex(language: Locale): SearchEntry<SearchHit>[] {
    // Japanese is searched as well: a reader may type a term they saw on a poster or in the PDF.
    const words = (value: LocalizedText) => [pickText(value, language).text, value.ja]
    return [
      ...initiatives.map(({ initiative, measure, goal }) =>
        createSearchEntry<SearchHit>(
          { kind: 'initiative', id: initiative.id, title: initiative.title, context: goal.title, path: pagePath('initiative', { initiativeId: initiative.id }) },
          [...words(initiative.title), ...words(measure.title), ...words(initiative.explanation)],
        ),
      ),
      ...actions.map(({ action, initiative }) =>
        createSearchEntry<SearchHit>(
          { kind: 'action', id: action.id, title: action.text, context: initiative.title, path: pagePath('initiative', { initiativeId: initiative.id }, action.id) },
          [...words(action.text), ...action.departments.flatMap((id) => plan.departments.filter((d) => d.id === id).flatMap((d) => words(d.name)))],
        ),
      ),
      ...kpis.map(({ kpi, initiative }) =>
        createSearchEntry<SearchHit>(
          { kind: 'kpi', id: kpi.id, title: kpi.name, context: initiative.title, path: pagePath('kpi', { kpiId: kpi.id }) },
          words(kpi.name),
        ),
      ),
      ...plan.departments.map((department) =>
        createSearchEntry<SearchHit>(
          { kind: 'department', id: department.id, title: department.name, path: pagePath('departments', {}, department.id) },
          words(department.name),
        ),
      ),
    ]
  }

  const index = computed(() => {
    let entries = indexes.get(locale.value)
    if (!entries) {
      entries = buildIndex(locale.value)
      indexes.set(locale.value, entries)
    }
    return entries
  })

  return { search: (query: string) => searchEntries(index.value, query) }
}
