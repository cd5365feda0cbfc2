/**
 * The reader's own choices, remembered on this device: text size,
 * contrast and furigana. A saved value that is corrupt, foreign or unreadable (private
 * modes without storage) is ignored, never trusted: the app falls back to
 * the defaults and keeps working.
 */
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { keepSaved, parseSavedObject, readSaved, STORAGE_KEYS } from '@/lib/device-storage'

export const TEXT_SIZES = ['standard', 'large', 'x-large'] as const
export type TextSize = (typeof TEXT_SIZES)[number]
export const CONTRASTS = ['standard', 'high'] as const
export type Contrast = (typeof CONTRASTS)[number]

const PREFERENCES_STORAGE_KEY = STORAGE_KEYS.preferences

export interface Preferences {
  textSize: TextSize
  contrast: Contrast
  /** Readings over kanji in easy Japanese; some screen-reader users prefer them off (both would be read). */
  furigana: boolean
}

export const DEFAULT_PREFERENCES: Preferences = { textSize: 'standard', contrast: 'standard', furigana: true }

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback

/** Reads saved preferences, keeping each valid field and defaulting the rest. */
export function parsePreferences(saved: string | null): Preferences {
  const record = parseSavedObject(saved) ?? {}
  return {
    textSize: oneOf(TEXT_SIZES, record.textSize, DEFAULT_PREFERENCES.textSize),
    contrast: oneOf(CONTRASTS, record.contrast, DEFAULT_PREFERENCES.contrast),
    furigana: typeof record.furigana === 'boolean' ? record.furigana : DEFAULT_PREFERENCES.furigana,
  }
}

/**
 * <html>'s classes for the reader's choices (CSS follows them). The page's inline loader applies the same
 * rule to the saved choices before the first paint (src/boot/start-app.js), so keep the two alike.
 */
export function displayClasses(preferences: Preferences, centerMode: boolean): string {
  return [
    `text-${preferences.textSize}`,
    `contrast-${preferences.contrast}`,
    preferences.furigana ? '' : 'furigana-off',
    centerMode ? 'center-mode' : '',
  ]
    .filter(Boolean)
    .join(' ')
}

export const usePreferencesStore = defineStore('preferences', () => {
  const textSize = ref<TextSize>(DEFAULT_PREFERENCES.textSize)
  const contrast = ref<Contrast>(DEFAULT_PREFERENCES.contrast)
  const furigana = ref<boolean>(DEFAULT_PREFERENCES.furigana)

  let restored = false
  /**
   * Called in the browser after hydration, so prerendered HTML always matches the first render. Only the
   * first call reads the device: the layout mounts again for each language, and where the device cannot
   * keep the choices (private modes, storage full) a second read would forget the visit's choices.
   */
  function restore(): void {
    if (restored) return
    restored = true
    const saved = parsePreferences(readSaved(PREFERENCES_STORAGE_KEY))
    textSize.value = saved.textSize
    contrast.value = saved.contrast
    furigana.value = saved.furigana
    watch([textSize, contrast, furigana], () =>
      // Where the device cannot keep them (private modes), the choices last for this visit.
      keepSaved(PREFERENCES_STORAGE_KEY, JSON.stringify({ textSize: textSize.value, contrast: contrast.value, furigana: furigana.value })),
    )
  }

  return { textSize, contrast, furigana, restore }
})
