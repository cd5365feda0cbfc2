/**
 * CSV as RFC 4180 writes it and as Excel saves it, read by csv-parse and written by csv-stringify (the
 * well-kept parser and writer of the node-csv project) rather than by a parser of our own: quoting, doubled
 * quotes and line breaks inside cells are where hand-written CSV code goes wrong. What stays ours is the
 * sheet's settings (Excel's byte-order mark, CRLF line ends, which cells to quote) and the errors, which
 * name the row the way the rest of the import does.
 */
import { CsvError, parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

/** U+FEFF at the start tells Excel the file is UTF-8; without it Japanese Excel reads Shift_JIS and garbles the names. */
export const BYTE_ORDER_MARK = '\uFEFF'

/**
 * The sheet as Excel opens it: byte-order mark, CRLF after every record (the last included), quotes only where
 * needed. A cell needs quotes when it holds the separator, a quote or a line break (CRLF, LF or CR alone:
 * `quote_record_delimiter`, which csv-stringify turns off once a record delimiter is given); leading or
 * trailing spaces would be trimmed by some readers, so those are quoted too.
 */
export function serialiseCsv(records: readonly (readonly string[])[]): string {
  // `bom` writes BYTE_ORDER_MARK (as UTF-8 bytes, which become U+FEFF in the string returned).
  return stringify(
    records.map((record) => [...record]),
    { bom: true, record_delimiter: '\r\n', quote_record_delimiter: true, quoted_match: /^\s|\s$/u },
  )
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    reason: string,
  ) {
    super(`row ${row}: ${reason}`)
    this.name = 'CsvSyntaxError'
  }
}

/** A record of a single empty cell: what a blank line, or one holding only "", reads as. */
const isBlank = (record: readonly string[]) => record.length === 1 && record[0] === ''

/**
 * Records of a CSV text: a leading byte-order mark is dropped; CRLF, LF and CR all end a record; a quoted
 * cell may hold commas, doubled quotes and line breaks. Blank lines (Excel leaves one at the end) are dropped.
 * Records may differ in length (the sheet's checks say which cell is missing). Throws a CsvSyntaxError, with
 * the record's number counting the header as 1 and blank lines not counted, on a quote left open or stray.
 */
export function parseCsv(text: string): string[][] {
  // Lines holding only "" are records to csv-parse (skip_empty_lines skips only lines with nothing on them),
  // so they are dropped here and counted, to number the rows after them as the sheet's checks do.
  let blankRecords = 0
  try {
    return parse(text, {
      bom: true,
      // Listed rather than discovered: csv-parse would otherwise take the first line end it meets for the whole file.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[]) => {
        if (!isBlank(record)) return record
        blankRecords += 1
        return null
      },
    })
  } catch (error) {
    if (error instanceof CsvError) throw syntaxErrorOf(error, blankRecords)
    throw error
  }
}

/** csv-parse's error as the sheet's: `records` is how many records were read before the one it stopped in. */
function syntaxErrorOf(error: CsvError, blankRecords: number): CsvSyntaxError {
  const records = typeof error.records === 'number' ? error.records : 0
  const row = records - blankRecords + 1
  const cell = typeof error.index === 'number' ? ` (cell ${error.index + 1})` : ''
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new CsvSyntaxError(row, 'expected a closing quote before the end of the file')
    case 'INVALID_OPENING_QUOTE':
      return new CsvSyntaxError(row, `expected a quote only around a whole cell (write "" for a quote inside one)${cell}`)
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new CsvSyntaxError(row, `expected a comma or the end of the line after a closing quote${cell}`)
    default:
      return new CsvSyntaxError(row, `expected CSV as Excel saves it (${error.message})`)
  }
}
