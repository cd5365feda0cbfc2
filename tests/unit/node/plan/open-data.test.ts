import { describe, expect, it } from 'vitest'
import { KPI_CSV_COLUMNS, toKpiCsv, toPlanJson } from '../../../../src/node/plan/open-data'
import { listKpis } from '../../../../src/data/walk'
import { parseCsv } from '../../../../src/node/results/csv'
import type { Plan } from '../../../../src/schema/plan'
import { loadRealPlan } from '../../../support/plan'

const plan = loadRealPlan()

describe('data/kpis.csv', () => {
  const csv = toKpiCsv(plan)
  const [header, ...rows] = parseCsv(csv)

  it('starts with a byte-order mark so that Excel in Japan reads it as UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
  })

  it('has a header and one row per KPI', () => {
    expect(header).toEqual([...KPI_CSV_COLUMNS])
    expect(rows).toHaveLength(listKpis(plan).length)
    for (const row of rows) expect(row).toHaveLength(KPI_CSV_COLUMNS.length)
  })

  it('gives a numeric KPI its goal, measure, initiative, unit, baseline and three targets', () => {
    const row = rows.find((cells) => cells[4] === '広告料収入(一般会計+病院事業会計)(現物納付を除く)')
    expect(row).toEqual([
      'goal-2-m2-a-k1',
      '強い財政基盤を確立する',
      '歳入の確保',
      '財源の確保',
      '広告料収入(一般会計+病院事業会計)(現物納付を除く)',
      '千円',
      '14215',
      '15000',
      '15000',
      '15000',
      'false',
      ...Array<string>(15).fill(''),
    ])
  })

  it('keeps the decimals the source prints (64.0, not 64)', () => {
    const row = rows.find((cells) => cells[4] === '年休取得率')
    expect(row?.slice(5, 10)).toEqual(['%', '63.6', '64.0', '64.5', '65.0'])
  })

  it('writes a milestone KPI’s targets as words and leaves its unit and baseline empty', () => {
    const row = rows.find((cells) => cells[4] === '業務継続計画(BCP)見直しの進捗状況')
    expect(row?.slice(5, 11)).toEqual(['', '', '見直し項目等の検討', '方針の策定・見直し', '見直し完了', ''])
  })

  it('marks overtime hours as lower-is-better', () => {
    const row = rows.find((cells) => cells[4]?.startsWith('職員一人当たりの時間外勤務時間数'))
    expect(row?.slice(5, 11)).toEqual(['時間', '184', '180', '175', '170', 'true'])
  })
})

describe('data/kpis.csv, once the city has published results', () => {
  const source = { title: { ja: '令和6年度 行政改革の取組状況', jaEasy: '', en: '' }, url: 'https://www.city.atsugi.kanagawa.jp/example/2024.html', publishedOn: '2025-07-01' }
  /** The real plan with fixture results: the source has none. */
  const withResults: Plan = structuredClone(plan)
  for (const { kpi } of listKpis(withResults)) {
    if (kpi.id === 'goal-1-m3-a-k1' && kpi.kind === 'numeric') kpi.results = [{ fiscalYear: 2024, value: { number: 182, printed: '182時間' }, source }]
    if (kpi.id === 'goal-1-m3-a-k2' && kpi.kind === 'numeric') kpi.results = [{ fiscalYear: 2025, value: { number: 65, printed: '65.0%' }, source }]
    if (kpi.id === 'goal-1-m1-b-k2' && kpi.kind === 'milestone') kpi.results = [{ fiscalYear: 2024, value: { text: { ja: '実施済み', jaEasy: '', en: 'Done' } }, source }]
  }
  const [header, ...rows] = parseCsv(toKpiCsv(withResults))
  const resultsOf = (id: string) => {
    const row = rows.find((cells) => cells[0] === id)!
    return Object.fromEntries(header!.map((column, index) => [column, row[index]]).filter(([column]) => /実績|達成状況|出典|公表日/.test(column!)))
  }

  it('gives each year its result, whether it met the target (lower-is-better the right way round) and its source', () => {
    expect(resultsOf('goal-1-m3-a-k1')).toMatchObject({
      令和6年度実績: '182',
      令和6年度達成状況: '未達成',
      令和6年度出典: '令和6年度 行政改革の取組状況',
      令和6年度出典URL: source.url,
      令和6年度公表日: '2025-07-01',
      令和7年度実績: '',
      令和7年度達成状況: '',
    })
  })

  it('keeps the decimals the city prints and writes a milestone’s status word', () => {
    expect(resultsOf('goal-1-m3-a-k2')).toMatchObject({ 令和6年度実績: '', 令和7年度実績: '65.0', 令和7年度達成状況: '達成' })
    expect(resultsOf('goal-1-m1-b-k2')).toMatchObject({ 令和6年度実績: '実施済み', 令和6年度達成状況: '達成' })
  })

  it('leaves the result columns empty for every KPI without results', () => {
    const empty = rows.filter((cells) => !['goal-1-m3-a-k1', 'goal-1-m3-a-k2', 'goal-1-m1-b-k2'].includes(cells[0]!))
    for (const row of empty) expect(row.slice(11).every((value) => value === '')).toBe(true)
  })
})

describe('data/plan.json', () => {
  it('holds the whole plan, readable back into the same data', () => {
    const published = JSON.parse(toPlanJson(plan)) as Record<string, unknown>
    expect(published.schemaVersion).toBe(1)
    expect(published).toEqual({ schemaVersion: 1, ...JSON.parse(JSON.stringify(plan)) })
  })
})
