import { describe, expect, it } from 'vitest'
import { loadPlan } from '../../../../src/node/plan/validate'
import { headerOf, SHEET_COLUMNS } from '../../../../src/node/results/columns'
import { templateCsv, templateRecords } from '../../../../src/node/results/template'
import { planFilesWith } from '../../../support/fixtures'

const plan = loadPlan(planFilesWith('plan-for-results'))
const records = templateRecords(plan)
const rowOf = (kpi: string, year: number) => {
  const row = records.find((record) => record[0] === kpi && record[1] === String(year))
  return Object.fromEntries(SHEET_COLUMNS.map(({ key }, index) => [key, row?.[index]]))
}

describe('the results template', () => {
  it('heads each column with Japanese and its machine key', () => {
    expect(records[0]).toEqual(SHEET_COLUMNS.map(({ key }) => headerOf(key)))
    expect(records[0]?.slice(0, 2)).toEqual(['指標ID [kpi_id]', '年度 [fiscal_year]'])
  })

  it('has one row per KPI and fiscal year of the plan, in the plan’s order', () => {
    const keys = records.slice(1).map((record) => `${record[0]} ${record[1]}`)
    const kpiIds = ['goal-1-m1-a-k1', 'goal-2-m1-a-k1', 'goal-3-m1-a-k1', 'goal-3-m1-a-k2', 'goal-3-m1-a-k3', 'goal-3-m1-a-k4', 'goal-3-m1-a-k5', 'goal-3-m1-a-k6']
    expect(keys).toEqual(kpiIds.flatMap((id) => [2024, 2025, 2026].map((year) => `${id} ${year}`)))
  })

  it('gives the names, kind, unit, direction and the year’s target as printed, and leaves the result empty', () => {
    expect(rowOf('goal-3-m1-a-k2', 2024)).toEqual({
      kpi_id: 'goal-3-m1-a-k2',
      fiscal_year: '2024',
      goal: '目標3',
      initiative: 'ア 取組',
      kpi: '収納率',
      kind: '数値',
      unit: '%',
      lower_is_better: 'いいえ',
      target: '64.0%',
      result: '',
      source_title: '',
      source_title_ja_easy: '',
      source_title_en: '',
      source_url: '',
      published_on: '',
      note: '',
    })
    expect(rowOf('goal-3-m1-a-k5', 2026)).toMatchObject({ lower_is_better: 'はい', target: '170 時間' })
    expect(rowOf('goal-3-m1-a-k4', 2026)).toMatchObject({ target: '—' })
    expect(rowOf('goal-3-m1-a-k6', 2025)).toMatchObject({ kind: '取組状況', unit: '', lower_is_better: '', target: '方針の策定・見直し' })
  })

  it('fills in a result the data already has, with its citation', () => {
    const withResult = templateRecords(loadPlan(planFilesWith('plan-with-results')))
    const row = withResult.find((record) => record[0] === 'goal-1-m1-a-k1' && record[1] === '2024')
    const cell = (key: string) => row?.[SHEET_COLUMNS.findIndex((column) => column.key === key)]
    expect([cell('result'), cell('source_title'), cell('source_url'), cell('published_on')]).toEqual([
      '2件',
      '令和6年度 行政改革の取組状況（架空の出典：テスト用）',
      'https://example.org/results-2024.pdf',
      '2025-09-30',
    ])
  })

  it('is a CSV file Excel opens as UTF-8, with CRLF line ends', () => {
    const text = templateCsv(plan)
    expect(text.startsWith('\uFEFF指標ID [kpi_id],')).toBe(true)
    expect(text.split('\r\n')).toHaveLength(records.length + 1)
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
  })
})
