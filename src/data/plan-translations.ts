/**
 * Loads the plan's texts in the reader's language, once per language, before a page in it renders
 * (the router waits for it). Japanese is in the plan chunk itself; see ./localized-texts.ts.
 */
import type { Locale } from '@/modules/locales'
import { applyTranslations, planTextRoots, type TranslationLanguage } from './localized-texts'
import { plan } from './plan'

const CHUNKS: Record<Exclude<Locale, 'ja'>, { language: TranslationLanguage; load: () => Promise<{ default: string[] }> }> = {
  'ja-easy': { language: 'jaEasy', load: () => import('virtual:plan-texts-ja-easy') },
  en: { language: 'en', load: () => import('virtual:plan-texts-en') },
}

const loaded = new Set<Locale>()

export async function loadPlanTranslations(locale: Locale): Promise<void> {
  // The prerender reads the data files whole; Japanese needs nothing more.
  if (import.meta.env.SSR || locale === 'ja' || loaded.has(locale)) return
  const chunk = CHUNKS[locale]
  const { default: texts } = await chunk.load()
  if (!applyTranslations(planTextRoots(plan), chunk.language, texts)) {
    console.error(`The ${locale} plan texts do not fit this version of the plan; showing Japanese.`)
  }
  loaded.add(locale)
}
