import { createPinia } from 'pinia'
import { ViteSSG } from 'vite-ssg'
import App from './App.vue'
import { readCenterSettings } from './modules/center-mode'
import { createAppI18n, loadCommunityMessages, setLocale } from './modules/i18n'
import { looksLikeUnknownLocale, preferredLocale } from './modules/locale-choice'
import { DEFAULT_LOCALE, isLocale } from './modules/locales'
import { discardMismatchedPrerender } from './modules/prerender'
import { routes } from './router/routes'
import './styles/main.css'

/** Routes that show community-center or print strings (locales/community/). */
const COMMUNITY_ROUTES = new Set(['center-mode', 'goal-poster', 'initiative-poster'])

export const createApp = ViteSSG(
  App,
  { routes, base: import.meta.env.BASE_URL },
  ({ app, router, isClient }) => {
    const i18n = createAppI18n()
    app.use(i18n)
    app.use(createPinia())

    router.beforeEach(async (to) => {
      // /fr/goals/goal-1: a language we do not have. Open the same page in the reader's language, with a notice.
      const [first, ...rest] = to.path.split('/').filter(Boolean)
      if (to.name === 'not-found' && first && looksLikeUnknownLocale(first)) {
        const fallback = isClient ? preferredLocale(navigator.languages) : DEFAULT_LOCALE
        return { path: `/${[fallback, ...rest].join('/')}`, query: { ...to.query, unknownLocale: first }, hash: to.hash }
      }
      // /JA-Easy/…: routes match in any letter case, so one of our locales in capitals would open the default
      // language under that address (and be remembered as the reader's choice). Open the locale's own address.
      const requested = to.params.locale
      if (typeof requested === 'string' && !isLocale(requested) && isLocale(requested.toLowerCase())) {
        return { path: `/${[requested.toLowerCase(), ...rest].join('/')}`, query: to.query, hash: to.hash }
      }
      const locale = isLocale(to.params.locale) ? to.params.locale : DEFAULT_LOCALE
      // The plan (a chunk of its own, which the page imports as well) with its texts in this language.
      const loadPlanTexts = import('./data/plan-translations').then(({ loadPlanTranslations }) => loadPlanTranslations(locale))
      await Promise.all([setLocale(i18n, locale), loadPlanTexts])
      // Staff pages, print views and shared devices (or a link setting one up) need the community strings.
      const forCommunity =
        COMMUNITY_ROUTES.has(String(to.name)) || 'center' in to.query || (isClient && readCenterSettings().enabled)
      if (forCommunity) await loadCommunityMessages(i18n, locale)
      return true
    })

    if (isClient) {
      discardMismatchedPrerender(import.meta.env.BASE_URL, document.getElementById('app'))
    }
  },
  // Take over the prerendered page as it is (hydrate), rather than throwing it away and drawing it again:
  // no flash, no layout shift and far less work for a phone at start.
  { hydration: true },
)
