/** Filling in the results sheet in code, as a person would in Excel. */
import { headerOf, type ColumnKey } from '../../../../src/node/results/columns'
import { serialiseCsv } from '../../../../src/node/results/csv'

export type Fill = { kpi: string; year: number } & Partial<Record<ColumnKey, string>>

/** A citation that passes every check, for rows whose test is about something else. */
export const GOOD_CITATION = {
  source_title: '令和6年度 行政改革の取組状況（架空の出典：テスト用）',
  source_url: 'https://example.org/results-2024.pdf',
  published_on: '2025-09-30',
} as const

/** The template's records with the given cells filled in, on the row of each KPI and year. */
export function fillIn(records: readonly (readonly string[])[], fills: readonly Fill[]): string[][] {
  const [header = [], ...rows] = records.map((record) => [...record])
  const column = (key: ColumnKey) => header.indexOf(headerOf(key))
  for (const { kpi, year, ...cells } of fills) {
    const row = rows.find((record) => record[column('kpi_id')] === kpi && record[column('fiscal_year')] === String(year))
    if (!row) throw new Error(`no row for ${kpi} ${year}`)
    for (const [key, value] of Object.entries(cells) as [ColumnKey, string][]) row[column(key)] = value
  }
  return [header, ...rows]
}

/** The row number a person sees in Excel for a record of the sheet (the header is row 1). */
export function rowNumberOf(records: readonly (readonly string[])[], kpi: string, year: number): number {
  return records.findIndex((record) => record[0] === kpi && record[1] === String(year)) + 1
}

export const asCsv = serialiseCsv
