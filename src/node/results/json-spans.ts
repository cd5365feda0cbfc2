/**
 * Where a value sits in a JSON text, so one part of a data file can be rewritten and every other byte kept:
 * the data files are formatted by hand in places (64.0, not JSON.stringify's 64), and re-serialising a
 * whole file would change lines the import has nothing to do with. The positions come from jsonc-parser
 * (the JSON scanner VS Code is built on) rather than from a scanner of our own, so strings with escaped
 * quotes and brackets, nesting and odd spacing are read by code that has long been read and tested.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser'

export interface Span {
  start: number
  end: number
}

/** The span of the value at `path` (object keys and array indexes), or undefined where the path leads nowhere. */
export function spanAt(text: string, path: readonly (string | number)[]): Span | undefined {
  const root = parseTree(text)
  const node = root && findNodeAtLocation(root, [...path])
  return node && { start: node.offset, end: node.offset + node.length }
}

/**
 * The text with the value at `span` replaced by `value` serialised as the files are (2 spaces), its lines
 * indented as the line it starts on, and with the text's own line ends. Not jsonc-parser's `modify`: it
 * gives the same bytes for the data files as they are, but its formatter indents by nesting depth in whole
 * tab stops, so a value on a line indented with a tab or an odd number of spaces, or sharing its line with
 * other keys, would come out indented differently from the lines around it.
 */
export function replaceSpan(text: string, span: Span, value: unknown): string {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1
  const indent = /^[ \t]*/u.exec(text.slice(lineStart, span.start))?.[0] ?? ''
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const serialised = JSON.stringify(value, null, 2).split('\n').join(newline + indent)
  return text.slice(0, span.start) + serialised + text.slice(span.end)
}
