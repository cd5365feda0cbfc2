/**
 * Every page has its own URL, prefixed by its locale, so a shared link keeps
 * its language. Kept free of browser APIs: vite-ssg imports it when it
 * prerenders each page.
 */
import type { RouteRecordRaw } from 'vue-router'
import { LOCALES } from '../modules/locales'

const localePattern = LOCALES.join('|')

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'choose-language',
    component: () => import('@/pages/ChooseLanguagePage.vue'),
  },
  {
    path: `/:locale(${localePattern})`,
    component: () => import('@/pages/LocaleLayout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('@/pages/HomePage.vue') },
      { path: 'goals/:goalId', name: 'goal', component: () => import('@/pages/GoalPage.vue') },
      { path: 'initiatives/:initiativeId', name: 'initiative', component: () => import('@/pages/InitiativePage.vue') },
      // Print views (A4 notices with a QR code): drawn in the browser, not prerendered (src/router/paths.ts says why).
      { path: 'goals/:goalId/poster', name: 'goal-poster', component: () => import('@/pages/GoalPosterPage.vue') },
      { path: 'initiatives/:initiativeId/poster', name: 'initiative-poster', component: () => import('@/pages/InitiativePosterPage.vue') },
      { path: 'kpis/:kpiId', name: 'kpi', component: () => import('@/pages/KpiPage.vue') },
      { path: 'sdgs', name: 'sdgs', component: () => import('@/pages/SdgsPage.vue') },
      { path: 'sdgs/:sdg', name: 'sdg', component: () => import('@/pages/SdgPage.vue') },
      { path: 'departments', name: 'departments', component: () => import('@/pages/DepartmentsPage.vue') },
      { path: 'search', name: 'search', component: () => import('@/pages/SearchPage.vue') },
      { path: 'about', name: 'about', component: () => import('@/pages/AboutPage.vue') },
      { path: 'glossary', name: 'glossary', component: () => import('@/pages/GlossaryPage.vue') },
      { path: 'center', name: 'center-mode', component: () => import('@/pages/CenterModePage.vue') },
      { path: ':pathMatch(.*)*', name: 'locale-not-found', component: () => import('@/pages/NotFoundPage.vue') },
    ],
  },
  {
    path: '/:pathMatch(.*)*',
    component: () => import('@/pages/LocaleLayout.vue'),
    children: [{ path: '', name: 'not-found', component: () => import('@/pages/NotFoundPage.vue') }],
  },
]
