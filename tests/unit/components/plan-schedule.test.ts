import { h } from 'vue'
import { describe, expect, it } from 'vitest'
import PlanSchedule from '../../../src/components/plan/PlanSchedule.vue'
import type { Schedule } from '../../../src/schema/plan'
import { renderInApp } from '../../support/in-app'
import { uiStrings } from '../../support/ui-strings'

const text = (ja: string) => ({ ja, jaEasy: '', en: '' })

// FY2025: the plan's arrow survives in the source; FY2026: the cell is blank and the continuation is ours (docs/DATA.md).
const schedule: Schedule = {
  kind: 'yearly',
  fy2024: { kind: 'activity', entries: [text('研修の実施')] },
  fy2025: { kind: 'continues', inferred: false },
  fy2026: { kind: 'continues', inferred: true },
}

/** Each year's row of the rendered schedule: its classes and its text. */
async function rowsIn(path: string) {
  const html = await renderInApp(path, () => () => h(PlanSchedule, { schedule }))
  return Object.fromEntries(
    [...html.matchAll(/<li class="([^"]*)" data-year="(\d{4})"[^>]*>([\s\S]*?)<\/li>/g)].map(([, classes = '', year = '', inner = '']) => [
      year,
      { classes: classes.split(' '), text: inner.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ') },
    ]),
  )
}

describe('a schedule cell the app infers from a blank', () => {
  it.each([
    ['/ja/initiatives/goal-1-m1-a', 'ja', /空白/],
    ['/ja-easy/initiatives/goal-1-m1-a', 'ja-easy', /なにも かいて いません/],
    ['/en/initiatives/goal-1-m1-a', 'en', /blank/i],
  ] as const)('says on %s that the plan leaves it blank, not that an arrow was read, and looks apart', async (path, language, blank) => {
    const rows = await rowsIn(path)
    const strings = uiStrings(language).schedule
    expect(rows['2026']?.text).toContain(strings.continuesInferred)
    expect(rows['2026']?.text).toMatch(blank)
    expect(strings.continuesInferred).not.toMatch(/arrow|矢印|やじるし/)
    expect(rows['2026']?.classes).toContain('is-inferred')
    expect(rows['2025']?.text).toContain(strings.continues)
    expect(rows['2025']?.text).not.toContain(strings.continuesInferred)
    expect(rows['2025']?.classes).not.toContain('is-inferred')
  })
})
