/**
 * An action's year-by-year schedule, resolved for reading: a year the
 * table's arrow carries on names what continues, so a phone can show the
 * years as a list instead of a wide table.
 */
import { FISCAL_YEAR_KEYS, PLAN_FISCAL_YEARS } from '@/shared/plan-years'
import type { LocalizedText, Schedule } from '@/schema/plan'

export type ScheduleYear =
  | { fiscalYear: number; kind: 'activity'; entries: LocalizedText[] }
  | { fiscalYear: number; kind: 'continues'; entries: LocalizedText[]; inferred: boolean; also: LocalizedText[] }
  | { fiscalYear: number; kind: 'none' }

export function resolveSchedule(schedule: Extract<Schedule, { kind: 'yearly' }>): ScheduleYear[] {
  let carried: LocalizedText[] = []
  return FISCAL_YEAR_KEYS.map((key, index) => {
    const fiscalYear = PLAN_FISCAL_YEARS[index] ?? 0
    const cell = schedule[key]
    if (cell.kind === 'activity') {
      carried = cell.entries
      return { fiscalYear, kind: 'activity', entries: cell.entries }
    }
    if (cell.kind === 'continues') {
      // What the arrow carries stays the same; an entry written beside the arrow is for that year only.
      return { fiscalYear, kind: 'continues', entries: carried, inferred: cell.inferred, also: cell.also ?? [] }
    }
    carried = []
    return { fiscalYear, kind: 'none' }
  })
}
