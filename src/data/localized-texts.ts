/**
 * Every text of the plan comes in three languages side by side ({ ja, jaEasy, en }). A reader needs
 * one: the browser gets the plan with its Japanese only (Japanese is also the fallback and the name
 * shown beside translations), and the easy-Japanese or English texts in a chunk of their own, loaded
 * with the language (src/data/plan-translations.ts). The build (build/plan-data-plugin.ts) splits them
 * with the functions here, so both sides walk the plan in the same order.
 */
import { CONTENT_LANGUAGES } from './fiscal-years'
import type { LocalizedText, Plan } from './schema'

export type TranslationLanguage = 'jaEasy' | 'en'

const CONTENT_LANGUAGE_SET: ReadonlySet<string> = new Set(CONTENT_LANGUAGES)

/** A { ja, jaEasy?, en? } object: a Japanese string and no key but the three languages. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  return typeof record.ja === 'string' && Object.keys(record).every((key) => CONTENT_LANGUAGE_SET.has(key))
}

/** The parts of the plan in the order both sides walk them. */
export function planTextRoots(plan: Pick<Plan, 'meta' | 'departments' | 'goals' | 'glossary'>): unknown[] {
  return [plan.meta, plan.departments, ...plan.goals, plan.glossary]
}

/** Every localized text under the roots, depth first, in key and array order. */
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

/** Removes the translations, keeping Japanese (what the browser's plan chunk carries). */
export function stripTranslations(root: unknown): void {
  for (const text of collectLocalizedTexts([root])) {
    const stripped: Partial<LocalizedText> = text
    delete stripped.jaEasy
    delete stripped.en
  }
}

/** One language's texts, in walking order ('' where a text has none). */
export function translationsOf(roots: unknown[], language: TranslationLanguage): string[] {
  return collectLocalizedTexts(roots).map((text) => text[language] ?? '')
}

/**
 * Puts one language's texts back into the plan. Returns false, changing nothing, when the list does not
 * fit the plan (a chunk from another build): the app then shows Japanese rather than wrong texts.
 */
export function applyTranslations(roots: unknown[], language: TranslationLanguage, strings: readonly string[]): boolean {
  const texts = collectLocalizedTexts(roots)
  if (texts.length !== strings.length) return false
  texts.forEach((text, index) => {
    if (strings[index]) text[language] = strings[index]
  })
  return true
}
