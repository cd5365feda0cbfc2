/**
 * Which parts of the plan each page needs (src/data/plan-parts.ts): every page the index (the plan's
 * name and goals, for the layout); a goal page its goal; an initiative page, and a KPI page, the one
 * initiative; pages that list across the plan, the whole of it. The router loads them before the page
 * renders (./guards.ts).
 */
import type { RouteLocationNormalized } from 'vue-router'
import { parentId, type PlanPartRequest } from '@/data/plan-parts'
import { DEFAULT_LOCALE, localeOr, type Locale } from '@/shared/languages'
import type { PageName } from '@/shared/page-paths'

/** A part, in the page's language unless another is named. */
export type PartToLoad = PlanPartRequest & { locale?: Locale }

const param = (route: RouteLocationNormalized, name: string) => String(route.params[name] ?? '')
const WHOLE: PartToLoad[] = [{ kind: 'all' }]

const PARTS_OF_PAGE: Record<PageName, (route: RouteLocationNormalized) => PartToLoad[]> = {
  home: () => [],
  goal: (route) => [{ kind: 'goal', id: param(route, 'goalId') }],
  initiative: (route) => [{ kind: 'initiative', id: param(route, 'initiativeId') }],
  // A KPI's initiative holds it, with its breadcrumbs (ids nest: goal-1-m2-b-k1 is in goal-1-m2-b).
  kpi: (route) => [{ kind: 'initiative', id: parentId(param(route, 'kpiId')) }],
  goalPoster: () => WHOLE,
  initiativePoster: () => WHOLE,
  sdgs: () => WHOLE,
  sdg: () => WHOLE,
  departments: () => WHOLE,
  // Search also finds the source's own words (a term seen on a poster or in the PDF), on every language's page.
  search: () => [...WHOLE, { kind: 'all', locale: DEFAULT_LOCALE }],
  about: () => WHOLE,
  glossary: () => WHOLE,
  center: () => [],
}

/** The parts a route's page needs, each with the language to load it in. */
export function planPartsOf(route: RouteLocationNormalized): (PlanPartRequest & { locale: Locale })[] {
  const page = PARTS_OF_PAGE[route.name as PageName] as ((route: RouteLocationNormalized) => PartToLoad[]) | undefined
  const pageLocale = localeOr(route.params.locale)
  return [{ kind: 'index' } as PartToLoad, ...(page?.(route) ?? [])].map((part) => ({ ...part, locale: part.locale ?? pageLocale }))
}
