import { describe, expect, it } from 'vitest'
import { replaceSpan, spanAt } from '../../../../src/node/results/json-spans'

describe('a value rewritten in a JSON text, every other byte kept', () => {
  const text = '{\n  "a \\"quoted\\" key": "x ] } \\\\",\n  "list": [ 64.0, {"results": []} ],\n  "results": [1]\n}\n'

  it('finds a value by object keys and array indexes, whatever its strings hold', () => {
    const at = (path: (string | number)[]) => {
      const span = spanAt(text, path)
      return span && text.slice(span.start, span.end)
    }
    expect(at(['a "quoted" key'])).toBe('"x ] } \\\\"')
    expect(at(['list', 0])).toBe('64.0')
    expect(at(['list', 1, 'results'])).toBe('[]')
    expect(at(['results'])).toBe('[1]')
    expect(at([])).toBe(text.trimEnd())
  })

  it('finds nothing where the path leads nowhere', () => {
    expect(spanAt(text, ['missing'])).toBeUndefined()
    expect(spanAt(text, ['list', 2])).toBeUndefined()
    expect(spanAt(text, ['list', 'results'])).toBeUndefined()
    expect(spanAt(text, ['results', 0, 'x'])).toBeUndefined()
  })

  it('writes the value with 2 spaces, indented as its line and with the text’s line ends', () => {
    const tabbed = '{\r\n\t"results": [],\r\n\t"target": 64.0\r\n}\r\n'
    expect(replaceSpan(tabbed, spanAt(tabbed, ['results'])!, [{ fiscalYear: 2024 }])).toBe(
      '{\r\n\t"results": [\r\n\t  {\r\n\t    "fiscalYear": 2024\r\n\t  }\r\n\t],\r\n\t"target": 64.0\r\n}\r\n',
    )
    const odd = '{\n   "results": [1], "target": 64.0\n}\n'
    expect(replaceSpan(odd, spanAt(odd, ['results'])!, [2])).toBe('{\n   "results": [\n     2\n   ], "target": 64.0\n}\n')
  })
})
