/**
 * Which plan texts still lack a language. Japanese is the source and always
 * present; やさしい日本語 and English are written by hand, language by
 * language. A language leaves PENDING_TRANSLATIONS once every text has it,
 * and from then on a test fails if any text lacks it.
 */
import { isLocalizedText } from '../../data/plan-texts'
import type { ContentLanguage } from '../../shared/languages'

export const PENDING_TRANSLATIONS: readonly ContentLanguage[] = []

/** Paths (e.g. "goals[0].measures[1].title") of every text that is empty in `language`. */
export function findUntranslated(value: unknown, language: ContentLanguage, path = ''): string[] {
  if (isLocalizedText(value)) return (value[language] ?? '').trim() === '' ? [path] : []
  if (Array.isArray(value)) return value.flatMap((item, index) => findUntranslated(item, language, `${path}[${index}]`))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => findUntranslated(item, language, path ? `${path}.${key}` : key))
  }
  return []
}
