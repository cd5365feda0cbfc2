/**
 * A language's UI strings as written in locales/, to compare with what the app shows: the layout's and the
 * home's (locales/<language>.json) and every other page's (locales/pages/<language>.json) in one table, as a
 * page beyond the home holds them (src/i18n/messages.ts). Read from disk: importing the files in a unit test
 * gets the message compiler's output instead of the text.
 */
import { readFileSync } from 'node:fs'
import type en from '../../locales/en.json'
import { mergeMessageTables, type MessageTable } from '../../src/i18n/messages'
import type enPages from '../../locales/pages/en.json'

export type UiStrings = typeof en & typeof enPages
const read = (path: string) => JSON.parse(readFileSync(new URL(`../../locales/${path}.json`, import.meta.url), 'utf8')) as MessageTable

export function uiStrings(language: string): UiStrings {
  // Merged as the app merges the sets it loads.
  return mergeMessageTables(read(language), read(`pages/${language}`)) as UiStrings
}
