/** The whole import on a copy of a fixture plan: template → filled in → import → the goal files. */
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readPlanFiles } from '../../../../src/node/plan/plan-files'
import { loadPlan } from '../../../../src/node/plan/validate'
import { listKpis } from '../../../../src/data/walk'
import { decodeSheet, importResults } from '../../../../src/node/results/import-results'
import { describeChanges } from '../../../../src/node/results/merge-results'
import { templateCsv, templateRecords } from '../../../../src/node/results/template'
import { planDirWith } from '../../../support/fixtures'
import { asCsv, fillIn, GOOD_CITATION, type Fill } from './sheet'

const TODAY = '2026-06-01'
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function fixturePlanDir(): string {
  const dir = planDirWith('plan-for-results')
  dirs.push(dir)
  return dir
}

const FILLS: Fill[] = [
  { kpi: 'goal-1-m1-a-k1', year: 2024, result: '2', ...GOOD_CITATION },
  { kpi: 'goal-3-m1-a-k2', year: 2025, result: '64.8%', ...GOOD_CITATION, published_on: '2026-05-20' },
  { kpi: 'goal-3-m1-a-k2', year: 2024, result: '64.0', ...GOOD_CITATION },
  { kpi: 'goal-3-m1-a-k6', year: 2024, result: '実施済み', ...GOOD_CITATION, source_title_en: 'Progress of administrative reform, FY2024' },
]

function fillTemplate(dir: string, fills: readonly Fill[]): string {
  return asCsv(fillIn(templateRecords(loadPlan(readPlanFiles(dir))), fills))
}

const run = (dir: string, csvText: string) => importResults({ csvText, sheetName: 'results.csv', planDir: dir, today: TODAY })

describe('importing results', () => {
  it('writes the results into the goal files, sorted by year, and the plan stays valid', () => {
    const dir = fixturePlanDir()
    const outcome = run(dir, fillTemplate(dir, FILLS))
    expect(outcome).toEqual({ ok: true, changes: { added: 4, changed: 0, unchanged: 0 }, writtenFiles: ['goal-1.json', 'goal-3.json'], skippedRows: 20 })
    const kpis = new Map(listKpis(loadPlan(readPlanFiles(dir))).map(({ kpi }) => [kpi.id, kpi]))
    expect(kpis.get('goal-3-m1-a-k2')?.results).toEqual([
      {
        fiscalYear: 2024,
        value: { number: 64, printed: '64.0%' },
        source: { title: { ja: GOOD_CITATION.source_title, jaEasy: GOOD_CITATION.source_title, en: GOOD_CITATION.source_title }, url: GOOD_CITATION.source_url, publishedOn: '2025-09-30' },
      },
      expect.objectContaining({ fiscalYear: 2025, value: { number: 64.8, printed: '64.8%' } }),
    ])
    expect(kpis.get('goal-1-m1-a-k1')?.results).toEqual([expect.objectContaining({ fiscalYear: 2024, value: { number: 2, printed: '2件' } })])
    expect(kpis.get('goal-3-m1-a-k6')?.results[0]?.value).toEqual({ text: { ja: '実施済み', jaEasy: '{実施|じっし}しました', en: 'Done' } })
    expect(kpis.get('goal-3-m1-a-k6')?.results[0]?.source.title.en).toBe('Progress of administrative reform, FY2024')
  })

  it('keeps every other byte of the files: 2-space JSON, the trailing newline, a target written 64.0', () => {
    const dir = fixturePlanDir()
    const before = readFileSync(join(dir, 'goal-3.json'), 'utf8')
    run(dir, fillTemplate(dir, FILLS))
    const after = readFileSync(join(dir, 'goal-3.json'), 'utf8')
    expect(after).toContain('"number": 64.0,')
    expect(after.endsWith('}\n')).toBe(true)
    // Taking the new results out again gives the file as it was.
    expect(after.replace(/"results": \[\n(?: {16}.*\n)+? {14}\]/gu, '"results": []')).toBe(before)
  })

  it('changes nothing when the same sheet is imported again: the files stay byte for byte', () => {
    const dir = fixturePlanDir()
    const sheet = fillTemplate(dir, FILLS)
    run(dir, sheet)
    const once = readPlanFiles(dir)
    const again = run(dir, sheet)
    expect(again).toEqual({ ok: true, changes: { added: 0, changed: 0, unchanged: 4 }, writtenFiles: [], skippedRows: 20 })
    expect(readPlanFiles(dir)).toEqual(once)
  })

  it('round-trips: the template made after an import carries the results, and importing it changes nothing', () => {
    const dir = fixturePlanDir()
    run(dir, fillTemplate(dir, FILLS))
    const once = readPlanFiles(dir)
    const exported = templateCsv(loadPlan(once))
    expect(run(dir, exported)).toMatchObject({ ok: true, changes: { added: 0, changed: 0, unchanged: 4 }, writtenFiles: [] })
    expect(readPlanFiles(dir)).toEqual(once)
  })

  it('replaces a result the sheet changes and keeps the ones it leaves empty', () => {
    const dir = fixturePlanDir()
    run(dir, fillTemplate(dir, FILLS))
    const corrected = fillTemplate(dir, [{ kpi: 'goal-3-m1-a-k2', year: 2024, result: '64.1' }, { kpi: 'goal-1-m1-a-k1', year: 2024, result: '', source_title: '', source_url: '', published_on: '' }])
    const outcome = run(dir, corrected)
    expect(outcome).toMatchObject({ ok: true, changes: { added: 0, changed: 1, unchanged: 2 }, writtenFiles: ['goal-3.json'] })
    if (outcome.ok) expect(describeChanges(outcome.changes)).toBe('0 results added, 1 changed, 2 unchanged, 0 removed (the import adds and replaces, never removes)')
    const kpis = new Map(listKpis(loadPlan(readPlanFiles(dir))).map(({ kpi }) => [kpi.id, kpi]))
    expect(kpis.get('goal-3-m1-a-k2')?.results.map((result) => result.value)).toEqual([{ number: 64.1, printed: '64.1%' }, { number: 64.8, printed: '64.8%' }])
    expect(kpis.get('goal-1-m1-a-k1')?.results).toHaveLength(1)
  })

  it('writes nothing when one row is wrong, and lists the problem', () => {
    const dir = fixturePlanDir()
    const before = readPlanFiles(dir)
    const outcome = run(dir, fillTemplate(dir, [...FILLS, { kpi: 'goal-3-m1-a-k3', year: 2024, result: 'たくさん', ...GOOD_CITATION }]))
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.problems).toEqual([expect.stringMatching(/^results\.csv row \d+, column 実績 \[result\]: expected a number in 千円/)])
    expect(readPlanFiles(dir)).toEqual(before)
  })

  it('refuses a sheet saved as Shift_JIS rather than UTF-8', () => {
    const shiftJisBytes = Uint8Array.from([0x8e, 0xc0, 0x90, 0xd1]) // 実績
    expect(decodeSheet(shiftJisBytes, 'results.csv')).toEqual({ ok: false, problem: 'results.csv: expected UTF-8 text; in Excel, save it as "CSV UTF-8 (コンマ区切り)"' })
    expect(decodeSheet(new TextEncoder().encode('\uFEFF実績'), 'results.csv')).toEqual({ ok: true, text: '実績' })
  })
})
