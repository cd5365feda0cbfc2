/**
 * Search that forgives the ways people type Japanese: full-width and
 * half-width forms (ＡＢＣ/ABC, ｶﾅ/カナ), hiragana and katakana (けんしゅう finds
 * ケンシュウ), upper and lower case, and furigana markup ({研修|けんしゅう}
 * is found by either the kanji or the reading).
 */

const FURIGANA = /\{([^{}|]+)\|([^{}|]+)\}/g

/** Both the written form and the readings of a text with {漢字|かんじ} markup. */
export function searchableText(text: string): string {
  const written = text.replace(FURIGANA, '$1')
  const readings = [...text.matchAll(FURIGANA)].map((match) => match[2]).join(' ')
  return readings ? `${written} ${readings}` : written
}

const KATAKANA_START = 0x30a1
const KATAKANA_END = 0x30f6
const KANA_OFFSET = 0x60

export function normalizeForSearch(text: string): string {
  return [...text.normalize('NFKC').toLowerCase()]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0
      return code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - KANA_OFFSET) : char
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

export interface SearchEntry<T> {
  item: T
  /** The normalised text the entry is found by. */
  haystack: string
}

export function createSearchEntry<T>(item: T, texts: string[]): SearchEntry<T> {
  return { item, haystack: normalizeForSearch(texts.map(searchableText).join(' ')) }
}

/** Entries that contain every word of the query, in their original order. */
export function searchEntries<T>(entries: SearchEntry<T>[], query: string): T[] {
  const words = normalizeForSearch(query).split(' ').filter(Boolean)
  if (words.length === 0) return []
  return entries.filter((entry) => words.every((word) => entry.haystack.includes(word))).map((entry) => entry.item)
}
