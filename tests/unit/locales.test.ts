/**
 * UI strings: the same keys and placeholders in every locale, and easy
 * Japanese a beginner can read. Four sets, each checked the same way: the
 * layout's and the home's (locales/<locale>.json, loaded with every page),
 * every other page's (locales/pages/<locale>.json) and the community-center
 * and print strings (locales/community/<locale>.json), each loaded only where
 * it is used (src/i18n/messages.ts), and what only the prerendered heads say
 * (locales/head/<locale>.json).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

type Messages = { [key: string]: string | Messages }
const load = (file: string) => JSON.parse(readFileSync(new URL(`../../locales/${file}.json`, import.meta.url), 'utf8')) as Messages
const loadSet = (folder: string) => ({ ja: load(`${folder}ja`), 'ja-easy': load(`${folder}ja-easy`), en: load(`${folder}en`) })
const messageSets = { app: loadSet(''), pages: loadSet('pages/'), community: loadSet('community/'), head: loadSet('head/') }

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') entries.set(path, value)
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text)
  }
  return entries
}

const placeholders = (message: string) => [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort()

it('never defines a key in two sets (the one loaded later would silently win)', () => {
  const keysOf = Object.entries(messageSets).map(([set, locales]) => [set, [...flatten(locales.ja).keys()]] as const)
  const seen = new Map<string, string>()
  const twice: string[] = []
  for (const [set, keys] of keysOf)
    for (const key of keys) {
      if (seen.has(key)) twice.push(`${key} (${seen.get(key)} and ${set})`)
      seen.set(key, set)
    }
  expect(twice).toEqual([])
})

describe.each(Object.entries(messageSets))('UI strings (%s)', (_set, locales) => {
  const reference = flatten(locales.ja)

  it.each(['ja-easy', 'en'] as const)('has every Japanese key in %s, and no other', (name) => {
    expect([...flatten(locales[name]).keys()].sort()).toEqual([...reference.keys()].sort())
  })

  it.each(['ja-easy', 'en'] as const)('uses the same placeholders in %s as in Japanese', (name) => {
    const messages = flatten(locales[name])
    for (const [key, message] of reference) expect(placeholders(messages.get(key) ?? ''), key).toEqual(placeholders(message))
  })

  it('has no empty message', () => {
    for (const messages of Object.values(locales)) for (const [key, message] of flatten(messages)) expect(message.trim(), key).not.toBe('')
  })

  it('writes easy Japanese without kanji, so that no reading is missing', () => {
    const withKanji = [...flatten(locales['ja-easy'])].filter(([, message]) => /[\u3400-\u9fff]/u.test(message))
    expect(withKanji).toEqual([])
  })

  it('writes English without Japanese (the postal mark 〒 aside)', () => {
    const withJapanese = [...flatten(locales.en)].filter(([, message]) => /[\u3040-\u30ff\u3400-\u9fff]/u.test(message.replace('〒', '')))
    expect(withJapanese).toEqual([])
  })
})

describe('English counts', () => {
  const english = Object.values(messageSets).flatMap((locales) => [...flatten(locales.en)])

  it('have a form for one and a form for more ("1 action | 2 actions"), which the app asks for with the count', () => {
    const counts = english.filter(([, message]) => message.includes('{count}'))
    expect(counts.length).toBeGreaterThan(0)
    for (const [key, message] of counts) {
      const forms = message.split(' | ')
      expect(forms, key).toHaveLength(2)
      expect(forms[0], key).not.toBe(forms[1])
    }
  })

  it('use no other plural forms, which Japanese does not have', () => {
    for (const locales of Object.values(messageSets)) {
      for (const language of ['ja', 'ja-easy'] as const) expect([...flatten(locales[language])].filter(([, message]) => message.includes(' | '))).toEqual([])
    }
  })
})
