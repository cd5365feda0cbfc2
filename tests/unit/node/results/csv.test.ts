import { describe, expect, it } from 'vitest'
import { CsvSyntaxError, parseCsv, serialiseCsv } from '../../../../src/node/results/csv'

describe('the results sheet as CSV', () => {
  it('is written with a byte-order mark, CRLF after every record and quotes only where a cell needs them', () => {
    const text = serialiseCsv([
      ['id', 'name'],
      ['a', 'plain'],
      ['b', 'with, comma'],
      ['c', 'with "quote"'],
      ['d', 'two\nlines'],
      ['e', ' padded'],
    ])
    expect(text).toBe('\uFEFFid,name\r\na,plain\r\nb,"with, comma"\r\nc,"with ""quote"""\r\nd,"two\nlines"\r\ne," padded"\r\n')
  })

  it('reads back what it writes', () => {
    const records = [
      ['指標ID [kpi_id]', '実績 [result]'],
      ['goal-1-m1-a-k1', '14,215'],
      ['x', '"quoted", and\r\nbroken'],
      ['', ''],
    ]
    expect(parseCsv(serialiseCsv(records))).toEqual(records)
  })

  it('reads a byte-order mark, quoted cells, CRLF, LF and CR line ends, and drops blank lines', () => {
    expect(parseCsv('\uFEFFa,b\r\n"1,5","say ""hi"""\n3,\r4,x\r\n\r\n')).toEqual([
      ['a', 'b'],
      ['1,5', 'say "hi"'],
      ['3', ''],
      ['4', 'x'],
    ])
  })

  it('reads a last record without a line end', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
  })

  it('refuses a quote left open, naming the row', () => {
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(CsvSyntaxError)
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(/row 2: expected a closing quote/)
  })

  it('refuses a quote inside an unquoted cell, naming the row', () => {
    expect(() => parseCsv('a,b\n1,2\n3,x"y\n')).toThrow(/row 3: expected a quote only around a whole cell/)
  })
})

describe('the results sheet as CSV: what a broken quote is reported as', () => {
  it('names a closing quote followed by something other than a comma or a line end, and the cell', () => {
    expect(() => parseCsv('a,b\n"x" ,y\n')).toThrow(CsvSyntaxError)
    expect(() => parseCsv('a,b\n1,"x"y\n')).toThrow(/^row 2: expected a comma or the end of the line after a closing quote \(cell 2\)$/)
  })

  it('counts rows as the sheet does: the header is 1, blank lines and lines holding only "" are not rows', () => {
    expect(parseCsv('a,b\r\n""\r\n\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
    expect(() => parseCsv('a,b\r\n\r\n""\r\n1,2\r\n3,x"y\r\n')).toThrow(/^row 3: expected a quote only around a whole cell/)
    try {
      parseCsv('\uFEFFa,b\n\n1,"open\n')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError)
      expect((error as CsvSyntaxError).row).toBe(2)
    }
  })

  it('reads records of different lengths as they are', () => {
    expect(parseCsv('a,b,c\nd\n,\n')).toEqual([['a', 'b', 'c'], ['d'], ['', '']])
  })

  it('quotes a cell with a line break of any kind or a full-width space at either end, and nothing else', () => {
    expect(serialiseCsv([['a\rb', '\u3000名前', '=1', '', '64.0%']])).toBe('\uFEFF"a\rb","\u3000名前",=1,,64.0%\r\n')
    expect(serialiseCsv([])).toBe('\uFEFF')
  })
})
