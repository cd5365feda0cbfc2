/**
 * The route is the one truth of the reader's language: these guards send
 * addresses naming a language oddly to its proper address, load what a page
 * in that language needs before it renders, and make vue-i18n follow.
 */
import { START_LOCATION, type Router } from 'vue-router'
import { loadDefinedParts } from '@/components/hydration'
import { loadMessages, type AppI18n } from '@/i18n/messages'
import { looksLikeUnknownLocale, preferredLocale } from '@/i18n/locale-choice'
import { readCenterSettings } from '@/center/settings'
import { DEFAULT_LOCALE, isLocale, localeOr } from '@/shared/languages'
import { loadPlanPart } from '@/data/load-plan-parts'
import { planPartsOf, stringSetsOf } from './page-data'
import { withoutFileName } from './not-found-fallback'

export function installLocaleGuards(router: Router, i18n: AppI18n, isClient: boolean): void {
  router.beforeEach((to) => {
    const [first, ...rest] = to.path.split('/').filter(Boolean)
    // /fr/goals/goal-1: a language we do not have. Open the same page in the reader's language, with a notice.
    if (to.name === 'not-found' && first && looksLikeUnknownLocale(first)) {
      const fallback = isClient ? preferredLocale(navigator.languages) : DEFAULT_LOCALE
      return { path: `/${[fallback, ...rest].join('/')}`, query: { ...to.query, unknownLocale: first }, hash: to.hash }
    }
    // /ja/goals/goal-1.html: the name of the file the build wrote for the page, which a static host serves
    // too. The page is under its own address; without this, the app took the prerendered page for unknown
    // and replaced it with the not-found page once it started.
    if (withoutFileName(to.path) !== to.path) return { path: withoutFileName(to.path), query: to.query, hash: to.hash, replace: true }
    // /JA-Easy/…: routes match in any letter case, so one of our languages in capitals would open the default
    // language under that address (and be remembered as the reader's choice). Open the language's own address.
    const requested = to.params.locale
    if (typeof requested === 'string' && !isLocale(requested) && isLocale(requested.toLowerCase())) {
      return { path: `/${[requested.toLowerCase(), ...rest].join('/')}`, query: to.query, hash: to.hash }
    }
    return true
  })

  // Everything a page in this language shows, loaded before it renders: its sets of UI strings and its parts of
  // the plan in that language (./page-data.ts); on a shared device, the community strings on every page.
  router.beforeResolve(async (to, from) => {
    const locale = localeOr(to.params.locale)
    const sets = new Set(stringSetsOf(to))
    if (isClient && readCenterSettings().enabled) sets.add('community')
    await Promise.all([
      ...[...sets].map((set) => loadMessages(i18n, locale, set)),
      ...planPartsOf(to).map((part) => loadPlanPart(part.locale, part)),
      // A page reached inside the app renders whole, its parts' code in hand (the first page hydrates instead, part by part).
      isClient && from !== START_LOCATION ? loadDefinedParts() : null,
    ])
  })

  // vue-i18n follows the route, never the other way round. afterEach runs as the new route is set, before
  // the page re-renders, so the first render of a page in a language already speaks it.
  router.afterEach((to, _from, failure) => {
    if (!failure) i18n.global.locale.value = localeOr(to.params.locale)
  })
}
