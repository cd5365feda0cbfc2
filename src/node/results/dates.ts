/** Dates on the sheet, and which fiscal years are over (a fiscal year runs 1 April – 31 March: src/lib/fiscal-year.ts). */
import { fiscalYearOf } from '../../lib/fiscal-year'

/**
 * A calendar date as ISO YYYY-MM-DD, from the sheet's ISO form or the YYYY/M/D form Japanese Excel turns it
 * into when the sheet is saved again; undefined for anything else or a day the calendar does not have (2025-02-30).
 */
export function readDate(cell: string): string | undefined {
  const parts = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/u.exec(cell.normalize('NFKC').trim())
  if (!parts) return undefined
  const [, year = '', month = '', day = ''] = parts
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  const date = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined
}

/** The day after a fiscal year's last day: FY2024 ends on 31 March 2025, so its results can exist from 2025-04-01. */
export function firstDayAfterFiscalYear(fiscalYear: number): string {
  return `${fiscalYear + 1}-04-01`
}

/** Whether `today` (YYYY-MM-DD) lies in a later fiscal year, by the app's one rule for fiscal years. */
export function fiscalYearHasEnded(fiscalYear: number, today: string): boolean {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number)
  return fiscalYearOf(new Date(year, month - 1, day)) > fiscalYear
}

/** Today in Japan, where the city's fiscal year is counted, whatever the computer's time zone. */
export function todayInJapan(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}
