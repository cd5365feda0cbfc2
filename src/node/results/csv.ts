/**
 * CSV as RFC 4180 writes it and as Excel saves it. Written out rather than taken from a package: the format
 * is small, and the sheet's two quirks (Excel's byte-order mark, CRLF line ends) are ours to get right.
 */

/** U+FEFF at the start tells Excel the file is UTF-8; without it Japanese Excel reads Shift_JIS and garbles the names. */
export const BYTE_ORDER_MARK = '\uFEFF'

/** A cell needs quotes when it holds the separator, a quote or a line break; leading or trailing spaces would be trimmed by some readers, so those are quoted too. */
function quoteIfNeeded(cell: string): string {
  if (!/[",\r\n]|^\s|\s$/u.test(cell)) return cell
  return `"${cell.replaceAll('"', '""')}"`
}

/** The sheet as Excel opens it: byte-order mark, CRLF after every record (the last included), quotes only where needed. */
export function serialiseCsv(records: readonly (readonly string[])[]): string {
  return BYTE_ORDER_MARK + records.map((record) => record.map(quoteIfNeeded).join(',') + '\r\n').join('')
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

/**
 * Records of a CSV text: a leading byte-order mark is dropped; CRLF, LF and CR all end a record; a quoted
 * cell may hold commas, doubled quotes and line breaks. Blank lines (Excel leaves one at the end) are dropped.
 * Throws a CsvSyntaxError, with the record's number counting the header as 1, on a quote left open or stray.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let index = 0
  const endCell = () => {
    record.push(cell)
    cell = ''
  }
  const endRecord = () => {
    endCell()
    if (!(record.length === 1 && record[0] === '')) records.push(record)
    record = []
  }
  while (index < source.length) {
    const char = source[index]!
    if (char === '"' && cell === '') {
      const close = readQuoted(source, index, records.length + 1)
      cell = close.value
      index = close.next
      const after = source[index]
      if (after !== undefined && after !== ',' && after !== '\r' && after !== '\n') {
        throw new CsvSyntaxError(records.length + 1, `expected a comma or the end of the line after a closing quote, got "${after}"`)
      }
      continue
    }
    if (char === ',') endCell()
    else if (char === '\r' || char === '\n') {
      endRecord()
      if (char === '\r' && source[index + 1] === '\n') index += 1
    } else if (char === '"') throw new CsvSyntaxError(records.length + 1, 'expected a quote only around a whole cell (write "" for a quote inside one)')
    else cell += char
    index += 1
  }
  if (cell !== '' || record.length > 0) endRecord()
  return records
}

function readQuoted(source: string, open: number, row: number): { value: string; next: number } {
  let value = ''
  let index = open + 1
  while (index < source.length) {
    const char = source[index]!
    if (char === '"') {
      if (source[index + 1] === '"') {
        value += '"'
        index += 2
        continue
      }
      return { value, next: index + 1 }
    }
    value += char
    index += 1
  }
  throw new CsvSyntaxError(row, 'expected a closing quote before the end of the file')
}
