/** Every URL the build prerenders to static HTML (vite.config.ts), and which of them the service worker leaves out. */
import { listInitiatives, listKpis } from '../data/walk'
import type { Plan } from '../schema/plan'
import { LOCALES } from '../shared/languages'
import { localePath, pagePath } from '../shared/page-paths'

/** The app paths inside one language, e.g. goals/goal-1, print views aside. */
export function localePaths(plan: Plan): string[] {
  const sdgs = [...new Set(listInitiatives(plan).flatMap(({ initiative }) => initiative.sdgs.map((tag) => tag.goal)))]
  return [
    pagePath('home', {}),
    ...plan.goals.map((goal) => pagePath('goal', { goalId: goal.id })),
    ...listInitiatives(plan).map(({ initiative }) => pagePath('initiative', { initiativeId: initiative.id })),
    ...listKpis(plan).map(({ kpi }) => pagePath('kpi', { kpiId: kpi.id })),
    pagePath('sdgs', {}),
    ...sdgs.sort((a, b) => a - b).map((sdg) => pagePath('sdg', { sdg })),
    pagePath('departments', {}),
    pagePath('search', {}),
    pagePath('about', {}),
    pagePath('glossary', {}),
    pagePath('center', {}),
  ]
}

/** The print views (A4 notices with a QR code) inside one language: goals/goal-1/poster, initiatives/…/poster. */
export function posterPaths(plan: Plan): string[] {
  return [
    ...plan.goals.map((goal) => pagePath('goalPoster', { goalId: goal.id })),
    ...listInitiatives(plan).map(({ initiative }) => pagePath('initiativePoster', { initiativeId: initiative.id })),
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
  // /404 becomes 404.html, which static hosts serve for unknown URLs.
  return ['/', ...LOCALES.flatMap((locale) => inLocale.map((path) => localePath(locale, path))), '/404']
}
