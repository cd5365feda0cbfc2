/**
 * Loads a language's plan texts (their own chunk, `virtual:plan-texts-<code>`) once, in the browser.
 * The router waits for it before a page in that language renders (src/router/guards.ts); the texts
 * are a view beside the plan (./plan-texts.ts), so a page rendered earlier would only show Japanese
 * until they arrive, never wrong words. The prerender reads the data files whole and needs none.
 */
import planTextChunks from 'virtual:plan-texts'
import type { Locale } from '../shared/languages'
import { hasPlanTexts, planTextRoots, registerPlanTexts } from './plan-texts'
import { plan } from './plan'

const loading = new Map<Locale, Promise<void>>()

export function loadPlanTexts(locale: Locale): Promise<void> {
  if (import.meta.env.SSR || hasPlanTexts(locale)) return Promise.resolve()
  let pending = loading.get(locale)
  if (!pending) {
    pending = loadOnce(locale)
    loading.set(locale, pending)
  }
  return pending
}

async function loadOnce(locale: Locale): Promise<void> {
  const load = planTextChunks[locale]
  if (!load) return
  const { default: texts } = await load()
  if (!registerPlanTexts(locale, planTextRoots(plan), texts)) {
    console.error(`The ${locale} plan texts do not fit this version of the plan; showing Japanese.`)
  }
}
