/**
 * What a shared device forgets between two visitors: everything the reader
 * chose (text size, contrast, furigana, language). The center's own
 * settings stay. Search text and scroll live in the page and its address;
 * the caller drops them by opening the start page afresh.
 */
import { forgetSaved } from '@/lib/device-storage'
import { PREFERENCES_STORAGE_KEY } from '@/stores/preferences'
import { rememberLocale } from './locale-choice'
import type { Locale } from './locales'

export function forgetVisitor(centerLocale: Locale): void {
  forgetSaved(PREFERENCES_STORAGE_KEY)
  rememberLocale(centerLocale)
}
