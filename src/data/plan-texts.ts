/**
 * Every text of the plan comes in every language side by side ({ ja, jaEasy, en }); a reader needs
 * one. The browser's plan chunk keeps the source language only (the build strips the rest with the
 * functions here); each other language's texts arrive as a list of their own, in the order both sides
 * walk the plan, and become a *view*: a lookup from each text to its words in that language, beside
 * the plan rather than written into it. `pickText` is the one place that answers "this text in the
 * reader's language, else Japanese".
 */
import { shallowReactive } from 'vue'
import type { LocalizedText, Plan } from '../schema/plan'
import { CONTENT_LANGUAGES, languageOf, type ContentLanguage, type Locale } from '../shared/languages'

const CONTENT_LANGUAGE_SET: ReadonlySet<string> = new Set(CONTENT_LANGUAGES)

/**
 * A plan text: an object with a Japanese string and no key but the languages' (the browser's copy
 * has Japanese alone, the data files every language).
 */
export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  return typeof record.ja === 'string' && Object.keys(record).every((key) => CONTENT_LANGUAGE_SET.has(key))
}

/** The parts of the plan in the order both sides walk them. */
export function planTextRoots(plan: Pick<Plan, 'meta' | 'departments' | 'goals' | 'glossary'>): unknown[] {
  return [plan.meta, plan.departments, ...plan.goals, plan.glossary]
}

/** Every plan text under the roots, depth first, in key and array order. */
export function collectLocalizedTexts(roots: unknown[]): LocalizedText[] {
  const found: LocalizedText[] = []
  const visit = (value: unknown): void => {
    if (isLocalizedText(value)) found.push(value)
    else if (Array.isArray(value)) value.forEach(visit)
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit)
  }
  roots.forEach(visit)
  return found
}

/** Keeps the source language only, in a copy of the data that the build is about to ship. */
export function stripTranslations(root: unknown): void {
  for (const text of collectLocalizedTexts([root])) {
    const stripped: Partial<LocalizedText> = text
    for (const language of CONTENT_LANGUAGES) if (language !== 'ja') delete stripped[language]
  }
}

/** One language's texts, in walking order ('' where a text has none). */
export function translationsOf(roots: unknown[], language: ContentLanguage): string[] {
  return collectLocalizedTexts(roots).map((text) => text[language] ?? '')
}

/** Each loaded language's view: plan text → its words in that language. Reactive, so a view that arrives late still shows. */
const views = shallowReactive(new Map<Locale, WeakMap<LocalizedText, string>>())

/**
 * Makes one language's texts (a list from its chunk) readable through `pickText`. Returns false, and
 * keeps nothing, when the list does not fit the plan (a chunk from another build): the app then
 * shows Japanese rather than wrong texts.
 */
export function registerPlanTexts(locale: Locale, roots: unknown[], strings: readonly string[]): boolean {
  const texts = collectLocalizedTexts(roots)
  if (texts.length !== strings.length) return false
  const view = new WeakMap<LocalizedText, string>()
  texts.forEach((text, index) => {
    if (strings[index]) view.set(text, strings[index])
  })
  views.set(locale, view)
  return true
}

export function hasPlanTexts(locale: Locale): boolean {
  return languageOf(locale).planTexts === 'with-plan' || views.has(locale)
}

export interface PickedText {
  /** The words, with {漢字|かんじ} readings in a language written with furigana. */
  text: string
  /** True when the text has no words in this language yet and the Japanese stands in. */
  isFallback: boolean
}

/** A plan text in a language: its own words where it has them (the data files, or the language's view), else the Japanese. */
export function pickText(value: LocalizedText, locale: Locale): PickedText {
  const own = value[languageOf(locale).content] || views.get(locale)?.get(value)
  return own ? { text: own, isFallback: false } : { text: value.ja, isFallback: true }
}
