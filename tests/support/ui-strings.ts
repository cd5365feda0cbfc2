/**
 * A language's UI strings as written in locales/, to compare with what the app shows: the layout's and the
 * home's (locales/<language>.json) and every other page's (locales/pages/<language>.json) in one table, as a
 * page beyond the home holds them (src/i18n/messages.ts). Read from disk: importing the files in a unit test
 * gets the message compiler's output instead of the text.
 */
import { readFileSync } from 'node:fs'
import type en from '../../locales/en.json'
import type enPages from '../../locales/pages/en.json'

export type UiStrings = typeof en & typeof enPages
type Table = { [key: string]: string | Table }

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../locales/${path}.json`, import.meta.url), 'utf8')) as Table

function merge(first: Table, second: Table): Table {
  const merged: Table = { ...first }
  for (const [key, value] of Object.entries(second)) {
    const before = merged[key]
    merged[key] = typeof before === 'object' && typeof value === 'object' ? merge(before, value) : value
  }
  return merged
}

export function uiStrings(language: string): UiStrings {
  return merge(read(language), read(`pages/${language}`)) as UiStrings
}
