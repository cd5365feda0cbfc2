/**
 * Every page has its own URL, prefixed by its language, so a shared link keeps
 * its language. Kept free of browser APIs: vite-ssg imports it when it
 * prerenders each page. The patterns come from src/shared/page-paths.ts, the
 * one place links are built from.
 */
import type { RouteComponent, RouteRecordRaw } from 'vue-router'
import LocaleLayout from '@/pages/LocaleLayout.vue'
import { LOCALES } from '@/shared/languages'
import { PAGE_PATTERNS, type PageName } from '@/shared/page-paths'

const PAGES: Record<PageName, () => Promise<RouteComponent>> = {
  home: () => import('@/pages/HomePage.vue'),
  goal: () => import('@/pages/GoalPage.vue'),
  goalPoster: () => import('@/pages/GoalPosterPage.vue'),
  initiative: () => import('@/pages/InitiativePage.vue'),
  initiativePoster: () => import('@/pages/InitiativePosterPage.vue'),
  kpi: () => import('@/pages/KpiPage.vue'),
  sdgs: () => import('@/pages/SdgsPage.vue'),
  sdg: () => import('@/pages/SdgPage.vue'),
  departments: () => import('@/pages/DepartmentsPage.vue'),
  search: () => import('@/pages/SearchPage.vue'),
  about: () => import('@/pages/AboutPage.vue'),
  glossary: () => import('@/pages/GlossaryPage.vue'),
  center: () => import('@/pages/CenterModePage.vue'),
}

/** Pages that show community-center or print strings (locales/community/), which the router loads for them. */
export const COMMUNITY_PAGES: ReadonlySet<string> = new Set<PageName>(['center', 'goalPoster', 'initiativePoster'])

// The layout is imported, not loaded on demand: every page but the language chooser sits in it, and it is part of
// the chunk they all load first (app-core, vite.config.ts). Loaded on demand from there, it cost a module
// namespace object and a runtime helper file (≈ 0.5 KB gzip, one more request) on every first visit.
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'choose-language',
    component: () => import('@/pages/ChooseLanguagePage.vue'),
  },
  {
    path: `/:locale(${LOCALES.join('|')})`,
    component: LocaleLayout,
    children: [
      ...(Object.keys(PAGES) as PageName[]).map((name) => ({ path: PAGE_PATTERNS[name], name, component: PAGES[name] })),
      { path: ':pathMatch(.*)*', name: 'locale-not-found', component: () => import('@/pages/NotFoundPage.vue') },
    ],
  },
  {
    path: '/:pathMatch(.*)*',
    component: LocaleLayout,
    children: [{ path: '', name: 'not-found', component: () => import('@/pages/NotFoundPage.vue') }],
  },
]
