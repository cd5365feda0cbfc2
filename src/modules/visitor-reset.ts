/**
 * What a shared device forgets between two visitors: everything the reader
 * chose (text size, contrast, furigana, language). The center's own
 * settings stay. Search text and scroll live in the page and its address;
 * the caller drops them by opening the start page afresh.
 */
import { LOCALE_STORAGE_KEY } from './locale-choice'
import type { Locale } from './locales'
import { PREFERENCES_STORAGE_KEY } from '@/stores/preferences'

export function forgetVisitor(storage: Pick<Storage, 'removeItem' | 'setItem'> | undefined, centerLocale: Locale): void {
  try {
    storage?.removeItem(PREFERENCES_STORAGE_KEY)
    storage?.setItem(LOCALE_STORAGE_KEY, centerLocale)
  } catch {
    // Storage forbidden: nothing was kept, so there is nothing to forget.
  }
}
