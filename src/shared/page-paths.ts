/**
 * Every page of a language, by name: the route's pattern (src/router/routes.ts), and the one way
 * to write a link to it, for the app's links, the prerender list and the print views alike.
 * Paths here are inside a language (goals/goal-1); `localePath` puts the language in front.
 */
import type { Locale } from './languages'

export const PAGE_PATTERNS = {
  home: '',
  goal: 'goals/:goalId',
  /** A4 notices of a goal (and, on request, its initiatives) with a QR code. */
  goalPoster: 'goals/:goalId/poster',
  initiative: 'initiatives/:initiativeId',
  initiativePoster: 'initiatives/:initiativeId/poster',
  kpi: 'kpis/:kpiId',
  sdgs: 'sdgs',
  sdg: 'sdgs/:sdg',
  departments: 'departments',
  search: 'search',
  about: 'about',
  glossary: 'glossary',
  /** Staff turn community-center mode on and off here. */
  center: 'center',
} as const

export type PageName = keyof typeof PAGE_PATTERNS

type ParamNames<Pattern extends string> = Pattern extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<Rest>
  : Pattern extends `${string}:${infer Name}`
    ? Name
    : never

/** The parameters a page's pattern names: { goalId } for 'goal', none for 'about'. */
export type PageParams<Name extends PageName> = { readonly [Key in ParamNames<(typeof PAGE_PATTERNS)[Name]>]: string | number }

/** A page's path inside its language: pagePath('goal', { goalId: 'goal-1' }) is goals/goal-1; a hash names a part of it. */
export function pagePath<Name extends PageName>(name: Name, params: PageParams<Name>, hash?: string): string {
  const values = params as Record<string, string | number>
  const path = PAGE_PATTERNS[name].replace(/:(\w+)/g, (_, key: string) => encodeURIComponent(String(values[key])))
  return hash ? `${path}#${hash}` : path
}

/** A path inside a language as an address of the app: localePath('en', 'goals/goal-1') is /en/goals/goal-1. */
export function localePath(locale: Locale, path = ''): string {
  return path === '' || path.startsWith('#') ? `/${locale}${path}` : `/${locale}/${path}`
}

/** The same page in another language: /ja/goals/goal-1 becomes /en/goals/goal-1. */
export function samePathIn(path: string, locale: Locale): string {
  return path.replace(/\/+$/, '').replace(/^\/[^/]*/, `/${locale}`)
}
