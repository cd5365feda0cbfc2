/** Every refusal of the import names the sheet's row and column and says what was expected. */
import { describe, expect, it } from 'vitest'
import { flattenFurigana, kanjiWithoutReading } from '../../../../src/lib/furigana'
import { loadPlan } from '../../../../src/node/plan/validate'
import { checkSheet } from '../../../../src/node/results/check-sheet'
import { headerOf, type ColumnKey } from '../../../../src/node/results/columns'
import { describeProblem } from '../../../../src/node/results/result-types'
import { MILESTONE_STATUSES } from '../../../../src/node/results/status-words'
import { templateRecords } from '../../../../src/node/results/template'
import { planFilesWith } from '../../../support/fixtures'
import { asCsv, fillIn, GOOD_CITATION, rowNumberOf, type Fill } from './sheet'

const plan = loadPlan(planFilesWith('plan-for-results'))
const template = templateRecords(plan)
const TODAY = '2026-06-01'

const check = (fills: Fill[], today = TODAY) => checkSheet(asCsv(fillIn(template, fills)), plan, today)
const messages = (fills: Fill[], today = TODAY) => check(fills, today).problems.map((problem) => describeProblem('results.csv', problem))
const at = (kpi: string, year: number, column: ColumnKey) => `results.csv row ${rowNumberOf(template, kpi, year)}, column ${headerOf(column)}: `

describe('checking a results sheet', () => {
  it('accepts a numeric result in any of the KPI’s printed forms, and prints it as the KPI’s targets are printed', () => {
    const { results, problems } = check([
      { kpi: 'goal-3-m1-a-k2', year: 2024, result: '64.0', ...GOOD_CITATION },
      { kpi: 'goal-3-m1-a-k2', year: 2025, result: '６４．８％', ...GOOD_CITATION },
      { kpi: 'goal-3-m1-a-k3', year: 2024, result: '14,215', ...GOOD_CITATION },
      { kpi: 'goal-3-m1-a-k3', year: 2025, result: '16000千円', ...GOOD_CITATION },
      { kpi: 'goal-3-m1-a-k4', year: 2024, result: '88', ...GOOD_CITATION },
      { kpi: 'goal-3-m1-a-k5', year: 2024, result: '1,181.5 時間', ...GOOD_CITATION },
      { kpi: 'goal-1-m1-a-k1', year: 2024, result: '2件', ...GOOD_CITATION },
    ])
    expect(problems).toEqual([])
    expect(results.map(({ kpiId, result }) => [kpiId, result.fiscalYear, result.value])).toEqual([
      ['goal-1-m1-a-k1', 2024, { number: 2, printed: '2件' }],
      ['goal-3-m1-a-k2', 2024, { number: 64, printed: '64.0%' }],
      ['goal-3-m1-a-k2', 2025, { number: 64.8, printed: '64.8%' }],
      ['goal-3-m1-a-k3', 2024, { number: 14215, printed: '14,215 千円' }],
      ['goal-3-m1-a-k3', 2025, { number: 16000, printed: '16,000 千円' }],
      ['goal-3-m1-a-k4', 2024, { number: 88, printed: '88' }],
      ['goal-3-m1-a-k5', 2024, { number: 1181.5, printed: '1,181.5 時間' }],
    ])
  })

  it('accepts a status word for a milestone KPI and writes it in every language', () => {
    const { results, problems } = check([{ kpi: 'goal-3-m1-a-k6', year: 2024, result: '一部実施', ...GOOD_CITATION }])
    expect(problems).toEqual([])
    expect(results[0]?.result.value).toEqual({ text: { ja: '一部実施', jaEasy: '{一部|いちぶ}を{実施|じっし}しました', en: 'Partly done' } })
  })

  it('takes the Japanese title for easy Japanese and English where their columns are empty', () => {
    const { results } = check([{ kpi: 'goal-3-m1-a-k4', year: 2024, result: '88', ...GOOD_CITATION, source_title_en: 'Progress of administrative reform, FY2024' }])
    expect(results[0]?.result.source.title).toEqual({ ja: GOOD_CITATION.source_title, jaEasy: GOOD_CITATION.source_title, en: 'Progress of administrative reform, FY2024' })
  })

  it('skips rows without a result', () => {
    expect(check([])).toEqual({ results: [], problems: [], skippedRows: template.length - 1 })
  })

  it('refuses an unknown KPI id', () => {
    const sheet = fillIn(template, [{ kpi: 'goal-3-m1-a-k4', year: 2024, result: '88', ...GOOD_CITATION, kpi_id: 'goal-9-m1-a-k1' }])
    const problems = checkSheet(asCsv(sheet), plan, TODAY).problems.map((problem) => describeProblem('results.csv', problem))
    expect(problems).toEqual([`${at('goal-3-m1-a-k4', 2024, 'kpi_id')}expected the id of a KPI of the plan, such as "goal-1-m1-a-k1", got "goal-9-m1-a-k1"`])
  })

  it('refuses a year outside the plan', () => {
    expect(messages([{ kpi: 'goal-3-m1-a-k4', year: 2024, result: '88', ...GOOD_CITATION, fiscal_year: '2023' }])).toEqual([
      `${at('goal-3-m1-a-k4', 2024, 'fiscal_year')}expected a fiscal year of the plan (2024, 2025, 2026), got "2023"`,
    ])
  })

  it('refuses a result for a fiscal year that has not ended', () => {
    expect(messages([{ kpi: 'goal-3-m1-a-k4', year: 2025, result: '88', ...GOOD_CITATION }], '2026-03-31')).toEqual([
      `${at('goal-3-m1-a-k4', 2025, 'fiscal_year')}expected a fiscal year that has ended: 2025 runs until 2026-03-31, so its result can be imported from 2026-04-01 (today is 2026-03-31)`,
    ])
  })

  it('refuses a numeric result that is not a number, or is in another unit', () => {
    expect(messages([
      { kpi: 'goal-3-m1-a-k2', year: 2024, result: '約64', ...GOOD_CITATION },
      { kpi: 'goal-3-m1-a-k3', year: 2024, result: '14,215円', ...GOOD_CITATION },
      { kpi: 'goal-3-m1-a-k4', year: 2024, result: '1,23', ...GOOD_CITATION },
    ])).toEqual([
      `${at('goal-3-m1-a-k2', 2024, 'result')}expected a number in % such as "1,234" or "1,234%" (or "98.4") for goal-3-m1-a-k2, got "約64"`,
      `${at('goal-3-m1-a-k3', 2024, 'result')}expected a number in 千円 such as "1,234" or "1,234千円" (or "98.4") for goal-3-m1-a-k3, got "14,215円"`,
      `${at('goal-3-m1-a-k4', 2024, 'result')}expected a number in 手続 such as "1,234" or "1,234手続" (or "98.4") for goal-3-m1-a-k4, got "1,23"`,
    ])
  })

  it('refuses a milestone result that is not one of the status words', () => {
    expect(messages([{ kpi: 'goal-3-m1-a-k6', year: 2024, result: '見直し完了', ...GOOD_CITATION }])).toEqual([
      `${at('goal-3-m1-a-k6', 2024, 'result')}expected one of 実施済み / 一部実施 / 未実施 / 検討中 for goal-3-m1-a-k6, a milestone KPI, got "見直し完了"`,
    ])
  })

  it('refuses a second row for the same KPI and year, naming the first', () => {
    const first = rowNumberOf(template, 'goal-3-m1-a-k4', 2024)
    const sheet = fillIn(template, [
      { kpi: 'goal-3-m1-a-k4', year: 2024, result: '88', ...GOOD_CITATION },
      { kpi: 'goal-3-m1-a-k4', year: 2025, result: '89', ...GOOD_CITATION, fiscal_year: '2024' },
    ])
    const problems = checkSheet(asCsv(sheet), plan, TODAY).problems.map((problem) => describeProblem('results.csv', problem))
    expect(problems).toEqual([`results.csv row ${first + 1}, column ${headerOf('kpi_id')}: expected one row for goal-3-m1-a-k4 in 2024, but row ${first} has it too`])
  })

  it('refuses a result without a source title', () => {
    expect(messages([{ kpi: 'goal-3-m1-a-k4', year: 2024, result: '88', ...GOOD_CITATION, source_title: '' }])).toEqual([
      `${at('goal-3-m1-a-k4', 2024, 'source_title')}expected the title of the publication the result is taken from`,
    ])
  })

  it('refuses a source address that is missing or not https', () => {
    expect(messages([
      { kpi: 'goal-3-m1-a-k4', year: 2024, result: '88', ...GOOD_CITATION, source_url: 'http://example.org/results.pdf' },
      { kpi: 'goal-3-m1-a-k5', year: 2024, result: '170', ...GOOD_CITATION, source_url: '' },
    ])).toEqual([
      `${at('goal-3-m1-a-k4', 2024, 'source_url')}expected the https:// address of the publication, got "http://example.org/results.pdf"`,
      `${at('goal-3-m1-a-k5', 2024, 'source_url')}expected the https:// address of the publication, got ""`,
    ])
  })

  it('refuses a publication date that is not a day of the calendar', () => {
    expect(messages([
      { kpi: 'goal-3-m1-a-k4', year: 2024, result: '88', ...GOOD_CITATION, published_on: '2025-02-30' },
      { kpi: 'goal-3-m1-a-k5', year: 2024, result: '170', ...GOOD_CITATION, published_on: '令和7年9月30日' },
    ])).toEqual([
      `${at('goal-3-m1-a-k4', 2024, 'published_on')}expected the date of publication as YYYY-MM-DD, a day of the calendar, got "2025-02-30"`,
      `${at('goal-3-m1-a-k5', 2024, 'published_on')}expected the date of publication as YYYY-MM-DD, a day of the calendar, got "令和7年9月30日"`,
    ])
  })

  it('accepts the YYYY/M/D form Excel saves a date in, as the ISO date', () => {
    const { results, problems } = check([{ kpi: 'goal-3-m1-a-k4', year: 2024, result: '88', ...GOOD_CITATION, published_on: '2025/9/3' }])
    expect(problems).toEqual([])
    expect(results[0]?.result.source.publishedOn).toBe('2025-09-03')
  })

  it('refuses a publication date in the future', () => {
    expect(messages([{ kpi: 'goal-3-m1-a-k4', year: 2024, result: '88', ...GOOD_CITATION, published_on: '2026-06-02' }])).toEqual([
      `${at('goal-3-m1-a-k4', 2024, 'published_on')}expected a date no later than today (2026-06-01), got 2026-06-02`,
    ])
  })

  it('refuses a row that cites a publication but gives no result', () => {
    expect(messages([{ kpi: 'goal-3-m1-a-k4', year: 2024, ...GOOD_CITATION }])).toEqual([
      `${at('goal-3-m1-a-k4', 2024, 'result')}expected a result, as the row cites a publication (or clear the citation to skip the row)`,
    ])
  })

  it('refuses a sheet without a column the import reads', () => {
    const [header = [], ...rows] = template
    const withoutUrl = [header.map((cell) => (cell === headerOf('source_url') ? '出典URL' : cell)), ...rows]
    expect(checkSheet(asCsv(withoutUrl), plan, TODAY).problems.map((problem) => describeProblem('results.csv', problem))).toEqual([
      `results.csv row 1, column ${headerOf('source_url')}: expected a header ending in [source_url] (make a new sheet with npm run results:template)`,
    ])
  })

  it('refuses a sheet whose quotes do not close, naming the row', () => {
    const text = `${asCsv(template.slice(0, 3))}goal-3-m1-a-k4,2024,"open\r\n`
    expect(checkSheet(text, plan, TODAY).problems.map((problem) => describeProblem('results.csv', problem))).toEqual([
      'results.csv row 4, column (the whole row): expected a closing quote before the end of the file',
    ])
  })

  it('collects every problem of every row, not only the first', () => {
    const problems = check([
      { kpi: 'goal-3-m1-a-k2', year: 2024, result: 'abc', ...GOOD_CITATION, source_url: 'ftp://x' },
      { kpi: 'goal-3-m1-a-k6', year: 2024, result: 'done', ...GOOD_CITATION, published_on: '' },
    ]).problems
    expect(problems.map(({ row, column }) => [row, column])).toEqual([
      [rowNumberOf(template, 'goal-3-m1-a-k2', 2024), headerOf('result')],
      [rowNumberOf(template, 'goal-3-m1-a-k2', 2024), headerOf('source_url')],
      [rowNumberOf(template, 'goal-3-m1-a-k6', 2024), headerOf('result')],
      [rowNumberOf(template, 'goal-3-m1-a-k6', 2024), headerOf('published_on')],
    ])
  })
})

describe('the status words of milestone results', () => {
  it('are written in easy Japanese with a reading on every kanji, and in English without Japanese', () => {
    for (const status of MILESTONE_STATUSES) {
      expect(kanjiWithoutReading(status.jaEasy), status.ja).toEqual([])
      expect(flattenFurigana(status.jaEasy, false)).not.toBe('')
      expect(status.en).toMatch(/^[\x20-\x7e]+$/)
    }
  })
})
