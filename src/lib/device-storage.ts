/**
 * The device's own storage (localStorage), which may be missing (some
 * private modes), forbidden (reading it throws), full, or hold anything
 * another version or another person left there. The app reads and writes
 * it only through these functions, so none of that can break a page.
 */

/**
 * Everything the app keeps on a device, and nothing else: what a shared device forgets between
 * visitors is decided from this list (src/center/visitor-reset.ts).
 */
export const STORAGE_KEYS = {
  /** The reader's text size, contrast and furigana (src/stores/preferences.ts). */
  preferences: 'atsugi-plan:preferences',
  /** The language the site root opens (src/i18n/locale-choice.ts). */
  locale: 'atsugi-plan:locale',
  /** A community center's settings for this device (src/center/settings.ts): kept across visitors. */
  centerMode: 'atsugi-plan:center-mode',
} as const

export function readSaved(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null
  } catch {
    return null
  }
}

/** True when the device kept the value; false when it could not (it then lasts for this visit only). */
export function keepSaved(key: string, value: string): boolean {
  try {
    if (!globalThis.localStorage) return false
    globalThis.localStorage.setItem(key, value)
    return true
  } catch {
    return false
  }
}

export function forgetSaved(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key)
  } catch {
    // Storage forbidden: nothing was kept, so there is nothing to forget.
  }
}

/**
 * The fields of a saved JSON object, for the caller to check one by one; null
 * when nothing was saved or the text is not a JSON object (corrupt, an array,
 * a bare value).
 */
export function parseSavedObject(saved: string | null): Record<string, unknown> | null {
  if (!saved) return null
  try {
    const parsed: unknown = JSON.parse(saved)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null
  } catch {
    return null
  }
}
