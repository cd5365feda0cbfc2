/**
 * Easy Japanese that is easy (../shared/REFERENCE.md, やさしい日本語): short sentences, and a short name for
 * every initiative and KPI, whose full name is shown beside it.
 */
import { describe, expect, it } from 'vitest'
import { flattenFurigana } from '../../../src/lib/furigana'
import { listInitiatives, listKpis } from '../../../src/data/walk'
import { easyTexts } from '../../support/easy-texts'
import { loadRealPlan } from '../../support/plan'

const plan = loadRealPlan()

/**
 * About 40 characters, without the readings and without glosses: what the guidelines ask of one sentence. A
 * gloss 〈…〉 explains a hard word in place (REFERENCE.md asks for one) and is read as an aside, so it does not
 * count against the sentence it helps.
 */
const MAX_SENTENCE = 40
/** A name a reader takes in at a glance: a heading on a phone, a card, a breadcrumb. */
const MAX_SHORT_NAME = 20

/**
 * Sentences allowed to be longer, each with its reason: the start of the sentence (without readings) → why.
 */
const LONGER_SENTENCES_ALLOWED: Record<string, string> = {}

/** Fields whose easy Japanese is a full name with a short one beside it (checked by length below instead). */
const FULL_NAMES = /\.(?:kpis\[\d+\]\.name|initiatives\[\d+\]\.title)\.jaEasy$/

/** Easy-Japanese texts as a reader sees them, without the readings. */
const shownEasyTexts = () => easyTexts(plan, 'plan').map(({ where, text }) => ({ where, text: flattenFurigana(text, false) }))

const sentencesOf = (text: string) =>
  text
    .replace(/〈[^〈〉]*〉/gu, '')
    .split(/(?<=[。！？])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean)

describe('easy Japanese', () => {
  it(`keeps every sentence to about ${MAX_SENTENCE} characters, apart from a few listed with their reason`, () => {
    const long = shownEasyTexts()
      .filter(({ where }) => !FULL_NAMES.test(where))
      .flatMap(({ where, text }) => sentencesOf(text).map((sentence) => ({ where, sentence })))
      .filter(({ sentence }) => [...sentence].length > MAX_SENTENCE)
      .filter(({ sentence }) => !Object.keys(LONGER_SENTENCES_ALLOWED).some((start) => sentence.startsWith(start)))
      .map(({ where, sentence }) => `${where} (${[...sentence].length}): ${sentence}`)
    expect(long).toEqual([])
  })

  it('lists no allowance that no sentence needs', () => {
    const sentences = shownEasyTexts().flatMap(({ text }) => sentencesOf(text))
    expect(Object.keys(LONGER_SENTENCES_ALLOWED).filter((start) => !sentences.some((sentence) => sentence.startsWith(start) && [...sentence].length > MAX_SENTENCE))).toEqual([])
  })

  it(`gives every initiative and KPI a short name of at most ${MAX_SHORT_NAME} characters`, () => {
    const names = [
      ...listInitiatives(plan).map(({ initiative }) => ({ id: initiative.id, name: initiative.easyShortTitle })),
      ...listKpis(plan).map(({ kpi }) => ({ id: kpi.id, name: kpi.easyShortName })),
    ]
    expect(names.filter(({ name }) => [...flattenFurigana(name, false)].length > MAX_SHORT_NAME).map(({ id, name }) => `${id}: ${name}`)).toEqual([])
  })
})
