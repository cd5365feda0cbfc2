import { describe, expect, it } from 'vitest'
import type { Schedule } from '../../../src/schema/plan'
import { resolveSchedule } from '../../../src/lib/schedule'

const text = (ja: string) => ({ ja, jaEasy: '', en: '' })

describe('resolving a schedule for reading', () => {
  it('names what an arrow carries into each later year', () => {
    const schedule: Extract<Schedule, { kind: 'yearly' }> = {
      kind: 'yearly',
      fy2024: { kind: 'activity', entries: [text('研修の実施')] },
      fy2025: { kind: 'continues', inferred: false },
      fy2026: { kind: 'continues', inferred: true },
    }
    expect(resolveSchedule(schedule)).toEqual([
      { fiscalYear: 2024, kind: 'activity', entries: [text('研修の実施')] },
      { fiscalYear: 2025, kind: 'continues', entries: [text('研修の実施')], inferred: false, also: [] },
      { fiscalYear: 2026, kind: 'continues', entries: [text('研修の実施')], inferred: true, also: [] },
    ])
  })

  it('carries the latest activity, and nothing past a dash', () => {
    const schedule: Extract<Schedule, { kind: 'yearly' }> = {
      kind: 'yearly',
      fy2024: { kind: 'activity', entries: [text('導入方針の策定')] },
      fy2025: { kind: 'activity', entries: [text('方針に基づく取組')] },
      fy2026: { kind: 'none' },
    }
    const years = resolveSchedule(schedule)
    expect(years[2]).toEqual({ fiscalYear: 2026, kind: 'none' })
    expect(years[1]).toEqual({ fiscalYear: 2025, kind: 'activity', entries: [text('方針に基づく取組')] })
  })

  it('shows an entry written beside an arrow in its year only, and keeps carrying the arrow’s activity', () => {
    const schedule: Extract<Schedule, { kind: 'yearly' }> = {
      kind: 'yearly',
      fy2024: { kind: 'activity', entries: [text('計画に基づく取組')] },
      fy2025: { kind: 'continues', inferred: false, also: [text('計画改定の検討')] },
      fy2026: { kind: 'continues', inferred: false },
    }
    const [, fy2025, fy2026] = resolveSchedule(schedule)
    expect(fy2025).toMatchObject({ entries: [text('計画に基づく取組')], also: [text('計画改定の検討')] })
    expect(fy2026).toMatchObject({ entries: [text('計画に基づく取組')], also: [] })
  })
})
