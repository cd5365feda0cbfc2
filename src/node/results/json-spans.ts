/**
 * Where a value sits in a JSON text, so one part of a data file can be rewritten and every other byte kept:
 * the data files are formatted by hand in places (64.0, not JSON.stringify's 64), and re-serialising a
 * whole file would change lines the import has nothing to do with.
 */

export interface Span {
  start: number
  end: number
}

type Node =
  | (Span & { kind: 'object'; entries: Map<string, Node> })
  | (Span & { kind: 'array'; items: Node[] })
  | (Span & { kind: 'scalar' })

/** The span of the value at `path` (object keys and array indexes), or undefined where the path leads nowhere. */
export function spanAt(text: string, path: readonly (string | number)[]): Span | undefined {
  let node: Node | undefined = new JsonScanner(text).document()
  for (const step of path) {
    if (node?.kind === 'object' && typeof step === 'string') node = node.entries.get(step)
    else if (node?.kind === 'array' && typeof step === 'number') node = node.items[step]
    else return undefined
  }
  return node && { start: node.start, end: node.end }
}

/** A minimal JSON reader that records positions. The text has already been parsed by JSON.parse, so it trusts the syntax. */
class JsonScanner {
  private index = 0
  constructor(private readonly text: string) {}

  document(): Node {
    return this.value()
  }

  private skipSpace(): void {
    while (/\s/u.test(this.text[this.index] ?? '')) this.index += 1
  }

  private value(): Node {
    this.skipSpace()
    const start = this.index
    const char = this.text[this.index]
    if (char === '{') return this.object(start)
    if (char === '[') return this.array(start)
    if (char === '"') this.string()
    else while (this.index < this.text.length && !/[\s,\]}]/u.test(this.text[this.index] ?? '')) this.index += 1
    return { kind: 'scalar', start, end: this.index }
  }

  private string(): string {
    const start = this.index
    this.index += 1
    while (this.text[this.index] !== '"') this.index += this.text[this.index] === '\\' ? 2 : 1
    this.index += 1
    return JSON.parse(this.text.slice(start, this.index)) as string
  }

  private object(start: number): Node {
    const entries = new Map<string, Node>()
    this.index += 1
    this.skipSpace()
    while (this.text[this.index] !== '}') {
      this.skipSpace()
      const key = this.string()
      this.skipSpace()
      this.index += 1 // the colon
      entries.set(key, this.value())
      this.skipSpace()
      if (this.text[this.index] === ',') this.index += 1
      this.skipSpace()
    }
    this.index += 1
    return { kind: 'object', start, end: this.index, entries }
  }

  private array(start: number): Node {
    const items: Node[] = []
    this.index += 1
    this.skipSpace()
    while (this.text[this.index] !== ']') {
      items.push(this.value())
      this.skipSpace()
      if (this.text[this.index] === ',') this.index += 1
      this.skipSpace()
    }
    this.index += 1
    return { kind: 'array', start, end: this.index, items }
  }
}

/**
 * The text with the value at `span` replaced by `value` serialised as the files are (2 spaces), its lines
 * indented as the line it starts on, and with the text's own line ends.
 */
export function replaceSpan(text: string, span: Span, value: unknown): string {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1
  const indent = /^[ \t]*/u.exec(text.slice(lineStart, span.start))?.[0] ?? ''
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const serialised = JSON.stringify(value, null, 2).split('\n').join(newline + indent)
  return text.slice(0, span.start) + serialised + text.slice(span.end)
}
