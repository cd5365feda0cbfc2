/** Every URL the build prerenders to static HTML. */
import type { Plan } from '../data/schema'
import { listInitiatives, listKpis } from '../data/walk'
import { LOCALES } from '../modules/locales'

/** The app paths inside one locale, e.g. goals/goal-1, print views aside. */
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
    'center',
  ]
}

/** The print views (A4 notices with a QR code) inside one locale: goals/goal-1/poster, initiatives/…/poster. */
export function posterPaths(plan: Plan): string[] {
  return [
    ...plan.goals.map((goal) => `goals/${goal.id}/poster`),
    ...listInitiatives(plan).map(({ initiative }) => `initiatives/${initiative.id}/poster`),
  ]
}

/**
 * Prerendered pages the service worker does not download ahead: the print
 * views. 75 of them would add 0.79 MB (uncompressed) to every first visit for
 * pages staff open now and then. The worker fetches them from the network,
 * keeps each one seen, and offline draws one never seen from the cached
 * 404.html (the workbox globIgnores, navigateFallbackDenylist and
 * runtimeCaching in vite.config.ts).
 */
export const NOT_PRECACHED_PAGE = /\/poster$/
export const NOT_PRECACHED_GLOB = '**/poster.html'

export function prerenderedPaths(plan: Plan): string[] {
  const inLocale = [...localePaths(plan), ...posterPaths(plan)]
  const perLocale = (locale: string) => inLocale.map((path) => (path ? `/${locale}/${path}` : `/${locale}`))
  // /404 becomes 404.html, which static hosts serve for unknown URLs.
  return ['/', ...LOCALES.flatMap(perLocale), '/404']
}
