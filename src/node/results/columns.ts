/**
 * The columns of the results sheet. Each header is Japanese for the staff who fill it in, followed by a
 * machine key in brackets, "実績 [result]": the import finds columns by that key, so a column may be moved
 * or its Japanese wording changed without breaking the import.
 */
export const SHEET_COLUMNS = [
  { key: 'kpi_id', header: '指標ID', read: true },
  { key: 'fiscal_year', header: '年度', read: true },
  { key: 'goal', header: '重点目標', read: false },
  { key: 'initiative', header: '取組', read: false },
  { key: 'kpi', header: '成果指標', read: false },
  { key: 'kind', header: '種類', read: false },
  { key: 'unit', header: '単位', read: false },
  { key: 'lower_is_better', header: '低いほど良い', read: false },
  { key: 'target', header: '目標値', read: false },
  { key: 'result', header: '実績', read: true },
  { key: 'source_title', header: '出典名', read: true },
  { key: 'source_title_ja_easy', header: '出典名（やさしい日本語・任意）', read: true },
  { key: 'source_title_en', header: '出典名（英語・任意）', read: true },
  { key: 'source_url', header: '出典URL', read: true },
  { key: 'published_on', header: '公表日', read: true },
  { key: 'note', header: '備考', read: false },
] as const satisfies readonly { key: string; header: string; read: boolean }[]

export type ColumnKey = (typeof SHEET_COLUMNS)[number]['key']

/** The columns the import reads; the others (names, unit, target, note) are there for the person filling the sheet in. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['kpi_id', 'fiscal_year', 'result', 'source_title', 'source_url', 'published_on']

/** "実績 [result]" */
export function headerOf(key: ColumnKey): string {
  const column = SHEET_COLUMNS.find((each) => each.key === key)
  return `${column?.header ?? key} [${key}]`
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(SHEET_COLUMNS.map((column) => column.key))

function isColumnKey(key: string): key is ColumnKey {
  return KNOWN_KEYS.has(key)
}

/** Where each known column sits in a header row; a header without a known [key] is ignored. */
export function locateColumns(headerRow: readonly string[]): Map<ColumnKey, number> {
  const positions = new Map<ColumnKey, number>()
  headerRow.forEach((cell, index) => {
    const key = /\[([a-z_]+)\]\s*$/u.exec(cell)?.[1]
    if (key && isColumnKey(key) && !positions.has(key)) positions.set(key, index)
  })
  return positions
}

/** One record of the sheet, read by column key; a missing cell reads as empty. */
export type SheetRow = { readonly rowNumber: number } & Readonly<Record<ColumnKey, string>>

export function readRow(record: readonly string[], positions: ReadonlyMap<ColumnKey, number>, rowNumber: number): SheetRow {
  const cells = Object.fromEntries(
    SHEET_COLUMNS.map(({ key }) => {
      const position = positions.get(key)
      return [key, position === undefined ? '' : (record[position] ?? '').trim()]
    }),
  ) as Record<ColumnKey, string>
  return { rowNumber, ...cells }
}
