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
