import { describe, expect, it } from 'vitest'
import { KPI_CSV_COLUMNS, toKpiCsv, toPlanJson } from '../../../../src/node/plan/open-data'
import { listKpis } from '../../../../src/data/walk'
import { loadRealPlan } from '../../../support/plan'

const plan = loadRealPlan()

/** A small RFC 4180 reader, enough to read back what toKpiCsv writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"'
      i++
    } else if (char === '"') {
      quoted = !quoted
    } else if (!quoted && char === ',') {
      row.push(field)
      field = ''
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else {
      field += char
    }
  }
  return rows
}

describe('data/kpis.csv', () => {
  const csv = toKpiCsv(plan)
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''))

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
    ])
  })

  it('keeps the decimals the source prints (64.0, not 64)', () => {
    const row = rows.find((cells) => cells[4] === '年休取得率')
    expect(row?.slice(5, 10)).toEqual(['%', '63.6', '64.0', '64.5', '65.0'])
  })

  it('writes a milestone KPI’s targets as words and leaves its unit and baseline empty', () => {
    const row = rows.find((cells) => cells[4] === '業務継続計画(BCP)見直しの進捗状況')
    expect(row?.slice(5)).toEqual(['', '', '見直し項目等の検討', '方針の策定・見直し', '見直し完了', ''])
  })

  it('marks overtime hours as lower-is-better', () => {
    const row = rows.find((cells) => cells[4]?.startsWith('職員一人当たりの時間外勤務時間数'))
    expect(row?.slice(5)).toEqual(['時間', '184', '180', '175', '170', 'true'])
  })
})

describe('data/plan.json', () => {
  it('holds the whole plan, readable back into the same data', () => {
    const published = JSON.parse(toPlanJson(plan)) as Record<string, unknown>
    expect(published.schemaVersion).toBe(1)
    expect(published).toEqual({ schemaVersion: 1, ...JSON.parse(JSON.stringify(plan)) })
  })
})
