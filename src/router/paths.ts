/** Every URL the build prerenders to static HTML. */
import type { Plan } from '../data/schema'
import { listInitiatives, listKpis } from '../data/walk'
import { LOCALES } from '../modules/locales'

/** The app paths inside one locale, e.g. goals/goal-1. */
export function localePaths(plan: Plan): string[] {
  const sdgs = [...new Set(listInitiatives(plan).flatMap(({ initiative }) => initiative.sdgs.map((tag) => tag.goal)))]
  return [
    '',
    ...plan.goals.map((goal) => `goals/${goal.id}`),
    ...listInitiatives(plan).map(({ initiative }) => `initiatives/${initiative.id}`),
    ...listKpis(plan).map(({ kpi }) => `kpis/${kpi.id}`),
    'sdgs',
    ...sdgs.sort((a, b) => a - b).map((sdg) => `sdgs/${sdg}`),
    'departments',
    'search',
    'about',
    'glossary',
  ]
}

export function prerenderedPaths(plan: Plan): string[] {
  const perLocale = (locale: string) => localePaths(plan).map((path) => (path ? `/${locale}/${path}` : `/${locale}`))
  // /404 becomes 404.html, which static hosts serve for unknown URLs.
  return ['/', ...LOCALES.flatMap(perLocale), '/404']
}
