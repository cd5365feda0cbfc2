/**
 * Which parts of the plan each page needs (src/data/plan-parts.ts): every page the index (the plan's
 * name and goals, for the layout); a goal page its goal; an initiative page, and a KPI page, the one
 * initiative; pages that list across the plan, the whole of it. And which sets of UI strings it shows
 * (src/i18n/messages.ts). The router loads both before the page renders (./guards.ts).
 */
import type { RouteLocationNormalized } from 'vue-router'
import type { MessageSet } from '@/i18n/messages'
import { parentId, type PlanPartRequest } from '@/data/plan-parts'
import { DEFAULT_LOCALE, localeOr, type Locale } from '@/shared/languages'
import type { PageName } from '@/shared/page-paths'
import { COMMUNITY_PAGES } from './routes'

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

/** Pages that show only the layout's and the home's strings: the first page most readers open downloads half of them. */
const APP_STRINGS_ONLY: ReadonlySet<string> = new Set(['choose-language', 'home'])

/**
 * The sets of UI strings a route's page shows: the layout's and the home's on every page, every other page's
 * beyond the home, and the community strings on the staff page, the print views and a staff set-up link
 * (`?center=…`). A shared device in community-center mode also needs them on every page: the router adds that.
 * While prerendering, the head's strings too.
 */
export function stringSetsOf(route: RouteLocationNormalized): MessageSet[] {
  const sets: MessageSet[] = ['app']
  if (!APP_STRINGS_ONLY.has(String(route.name))) sets.push('pages')
  if (COMMUNITY_PAGES.has(String(route.name)) || 'center' in route.query) sets.push('community')
  // What the prerendered page's head says of it (src/composables/usePageMeta.ts): never in a browser.
  if (import.meta.env.SSR) sets.push('head')
  return sets
}
