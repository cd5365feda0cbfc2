/**
 * What a shared device forgets between two visitors: everything the reader
 * chose (text size, contrast, furigana, language). The center's own
 * settings stay. Search text and scroll live in the page and its address;
 * the caller drops them by opening the start page afresh.
 */
import { forgetSaved, STORAGE_KEYS } from '@/lib/device-storage'
import { rememberLocale } from '@/i18n/locale-choice'
import type { Locale } from '@/shared/languages'

export function forgetVisitor(centerLocale: Locale): void {
  forgetSaved(STORAGE_KEYS.preferences)
  rememberLocale(centerLocale)
}
