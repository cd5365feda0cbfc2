import type { Locale } from '@/shared/languages'

/**
 * A publication date (ISO, 2025-07-01) as each language writes it: 2025年7月1日, easy Japanese the same with
 * readings, July 1, 2025. Read as a calendar date, never shifted by the device's time zone. Apart from ./format.ts (in the code every page loads,
 * vite.config.ts): only published results show a date.
 */
export function formatDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  if (!year || !month || !day) return isoDate
  if (locale === 'ja') return `${year}年${month}月${day}日`
  if (locale === 'ja-easy') return `${year}{年|ねん}${month}{月|がつ}${day}{日|にち}`
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day))
}
