/**
 * A language's UI strings as written in locales/*.json, to compare with what the app shows. Read from
 * disk: importing the files in a unit test gets the message compiler's output instead of the text.
 */
import { readFileSync } from 'node:fs'
import type en from '../../locales/en.json'

export type UiStrings = typeof en

export function uiStrings(file: string): UiStrings {
  return JSON.parse(readFileSync(new URL(`../../locales/${file}.json`, import.meta.url), 'utf8')) as UiStrings
}
