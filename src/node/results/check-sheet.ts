/**
 * Reads a filled-in results sheet and checks every row against the plan, collecting every problem rather
 * than stopping at the first, so the person who filled it in can correct the sheet in one pass.
 */
import type { Kpi, Plan } from '../../schema/plan'
import { listKpis } from '../../data/walk'
import { PLAN_FISCAL_YEARS } from '../../shared/plan-years'
import { CsvSyntaxError, parseCsv } from './csv'
import { headerOf, locateColumns, readRow, REQUIRED_COLUMNS, type ColumnKey, type SheetRow } from './columns'
import { fiscalYearHasEnded, firstDayAfterFiscalYear, readDate } from './dates'
import { readNumericCell } from './numeric-values'
import type { ImportedResult, KpiResult, SheetProblem } from './result-types'
import { statusNamed, STATUS_WORDS_JA } from './status-words'

export interface SheetCheck {
  results: ImportedResult[]
  problems: SheetProblem[]
  /** Rows with no result, which the import leaves alone. */
  skippedRows: number
}

/** A problem in a cell, with the column named as its header reads. */
const problemAt = (row: SheetRow | number, column: ColumnKey, message: string): SheetProblem => ({
  row: typeof row === 'number' ? row : row.rowNumber,
  column: headerOf(column),
  message,
})

/** Checks the sheet's text; `today` (YYYY-MM-DD) decides which fiscal years are over and which dates are in the future. */
export function checkSheet(csvText: string, plan: Pick<Plan, 'goals'>, today: string): SheetCheck {
  let records: string[][]
  try {
    records = parseCsv(csvText)
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { results: [], problems: [{ row: error.row, column: '(the whole row)', message: error.message.replace(/^row \d+: /u, '') }], skippedRows: 0 }
    throw error
  }
  const [header = [], ...body] = records
  const positions = locateColumns(header)
  const missing = REQUIRED_COLUMNS.filter((key) => !positions.has(key))
  if (missing.length > 0) {
    return {
      results: [],
      problems: missing.map((key) => problemAt(1, key, `expected a header ending in [${key}] (make a new sheet with npm run results:template)`)),
      skippedRows: 0,
    }
  }
  const kpis = new Map(listKpis(plan).map(({ kpi }) => [kpi.id, kpi]))
  const rows = body.map((record, index) => readRow(record, positions, index + 2))
  const check: SheetCheck = { results: [], problems: [], skippedRows: 0 }
  const firstRowOf = new Map<string, number>()
  for (const row of rows) {
    if (row.result === '') {
      check.skippedRows += 1
      check.problems.push(...citationWithoutResult(row))
      continue
    }
    const rowProblems: SheetProblem[] = []
    const kpi = kpis.get(row.kpi_id)
    if (!kpi) rowProblems.push(problemAt(row, 'kpi_id', `expected the id of a KPI of the plan, such as "${kpis.keys().next().value ?? 'goal-1-m1-a-k1'}", got "${row.kpi_id}"`))
    const fiscalYear = readFiscalYear(row, rowProblems, today)
    if (kpi && fiscalYear !== undefined) {
      const key = `${kpi.id} ${fiscalYear}`
      const first = firstRowOf.get(key)
      if (first !== undefined) rowProblems.push(problemAt(row, 'kpi_id', `expected one row for ${kpi.id} in ${fiscalYear}, but row ${first} has it too`))
      else firstRowOf.set(key, row.rowNumber)
    }
    const value = kpi ? readValue(row, kpi, rowProblems) : undefined
    const source = readSource(row, rowProblems, today)
    check.problems.push(...rowProblems)
    if (rowProblems.length === 0 && kpi && fiscalYear !== undefined && value && source) {
      check.results.push({ kpiId: kpi.id, rowNumber: row.rowNumber, result: { fiscalYear, value, source } as KpiResult })
    }
  }
  return check
}

function readFiscalYear(row: SheetRow, problems: SheetProblem[], today: string): number | undefined {
  const written = row.fiscal_year.normalize('NFKC')
  const fiscalYear = /^\d{4}$/u.test(written) ? Number(written) : undefined
  if (fiscalYear === undefined || !PLAN_FISCAL_YEARS.some((year) => year === fiscalYear)) {
    problems.push(problemAt(row, 'fiscal_year', `expected a fiscal year of the plan (${PLAN_FISCAL_YEARS.join(', ')}), got "${row.fiscal_year}"`))
    return undefined
  }
  if (!fiscalYearHasEnded(fiscalYear, today)) {
    problems.push(
      problemAt(row, 'fiscal_year', `expected a fiscal year that has ended: ${fiscalYear} runs until ${fiscalYear + 1}-03-31, so its result can be imported from ${firstDayAfterFiscalYear(fiscalYear)} (today is ${today})`),
    )
    return undefined
  }
  return fiscalYear
}

function readValue(row: SheetRow, kpi: Kpi, problems: SheetProblem[]): KpiResult['value'] | undefined {
  if (kpi.kind === 'milestone') {
    const status = statusNamed(row.result)
    if (!status) problems.push(problemAt(row, 'result', `expected one of ${STATUS_WORDS_JA.join(' / ')} for ${kpi.id}, a milestone KPI, got "${row.result}"`))
    return status && { text: { ja: status.ja, jaEasy: status.jaEasy, en: status.en } }
  }
  const reading = readNumericCell(row.result, kpi)
  if (!reading.ok) {
    problems.push(problemAt(row, 'result', `expected ${reading.expected} for ${kpi.id}, got "${row.result}"`))
    return undefined
  }
  return reading.value
}

/**
 * The citation: every result names what the city published, where, and when (src/schema/plan.ts,
 * ResultSource). The title's easy-Japanese and English columns are optional: where empty, the Japanese
 * title stands in (a document's title is its name, and the document itself is in Japanese).
 */
function readSource(row: SheetRow, problems: SheetProblem[], today: string): KpiResult['source'] | undefined {
  const before = problems.length
  if (row.source_title === '') problems.push(problemAt(row, 'source_title', 'expected the title of the publication the result is taken from'))
  if (!isHttpsUrl(row.source_url)) {
    problems.push(problemAt(row, 'source_url', `expected the https:// address of the publication, got "${row.source_url}"`))
  }
  const publishedOn = readDate(row.published_on)
  if (publishedOn === undefined) {
    problems.push(problemAt(row, 'published_on', `expected the date of publication as YYYY-MM-DD, a day of the calendar, got "${row.published_on}"`))
  } else if (publishedOn > today) {
    problems.push(problemAt(row, 'published_on', `expected a date no later than today (${today}), got ${publishedOn}`))
  }
  if (problems.length > before || publishedOn === undefined) return undefined
  const title = row.source_title
  return {
    title: { ja: title, jaEasy: row.source_title_ja_easy || title, en: row.source_title_en || title },
    url: row.source_url,
    publishedOn,
  }
}

function isHttpsUrl(text: string): boolean {
  if (!URL.canParse(text)) return false
  const url = new URL(text)
  return url.protocol === 'https:' && url.hostname !== ''
}

/** A row that cites a publication but gives no result is most likely a result forgotten, not a row to skip. */
function citationWithoutResult(row: SheetRow): SheetProblem[] {
  const cited = [row.source_title, row.source_url, row.published_on].some((cell) => cell !== '')
  return cited ? [problemAt(row, 'result', 'expected a result, as the row cites a publication (or clear the citation to skip the row)')] : []
}
