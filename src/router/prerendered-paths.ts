/** Every URL the build prerenders to static HTML (vite.config.ts), and which of them the service worker leaves out. */
import { listInitiatives, listKpis } from '../data/walk'
import type { Plan } from '../schema/plan'
import { LOCALES } from '../shared/languages'
import { LANGUAGE_CHOOSER_PATH, NOT_FOUND_PATH } from '../shared/page-alternates'
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

/** Pages in each language kept out of search engines besides the print views: the staff page (its head says noindex). */
const NOT_INDEXED_PAGES = [pagePath('center', {})]

/**
 * The pages search engines are invited to (sitemap.xml): the site root and every page of every language
 * but the staff page. The print views, the staff page and 404 carry noindex instead; a build test checks
 * that the sitemap and the pages' heads agree.
 */
export function indexedPaths(plan: Plan): string[] {
  const inLocale = localePaths(plan).filter((path) => !NOT_INDEXED_PAGES.includes(path))
  return [LANGUAGE_CHOOSER_PATH, ...LOCALES.flatMap((locale) => inLocale.map((path) => localePath(locale, path)))]
}

export function prerenderedPaths(plan: Plan): string[] {
  const inLocale = [...localePaths(plan), ...posterPaths(plan)]
  // /404 becomes 404.html, which static hosts serve for unknown URLs.
  return [LANGUAGE_CHOOSER_PATH, ...LOCALES.flatMap((locale) => inLocale.map((path) => localePath(locale, path))), NOT_FOUND_PATH]
}
