/**
 * Every text of the plan comes in every language side by side ({ ja, jaEasy, en }); the parts of the
 * plan a page loads carry one language's words (./plan-parts.ts). `pickText` is the one place that
 * answers "this text in the reader's language, else Japanese", for the data files (the build, every
 * language in place) and for a part (one language, Japanese where it has none) alike.
 */
import type { LocalizedText } from '../schema/plan'
import { CONTENT_LANGUAGES, languageOf, type Locale } from '../shared/languages'

const CONTENT_LANGUAGE_SET: ReadonlySet<string> = new Set(CONTENT_LANGUAGES)

/** A plan text as the data files hold it: a Japanese string and no key but the languages'. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  return typeof record.ja === 'string' && Object.keys(record).every((key) => CONTENT_LANGUAGE_SET.has(key))
}

export interface PickedText {
  /** The words, with {漢字|かんじ} readings in a language written with furigana. */
  text: string
  /** True when the text has no words in this language yet and the Japanese stands in. */
  isFallback: boolean
}

/** A plan text in a language: its own words where it has them, else the Japanese. */
export function pickText(value: LocalizedText, locale: Locale): PickedText {
  const own: string | undefined = value[languageOf(locale).content]
  return own ? { text: own, isFallback: false } : { text: value.ja, isFallback: true }
}

/**
 * An initiative's title as headings, cards and breadcrumbs show it: in easy Japanese its short form, which
 * a reader takes in at a glance (its page shows the full one beside it: PlanFullName.vue).
 */
export function shortTitleOf(initiative: { title: LocalizedText; easyShortTitle: string }): LocalizedText {
  return { ...initiative.title, jaEasy: initiative.easyShortTitle }
}

/** A KPI's name as headings, cards, breadcrumbs and chart captions show it (see shortTitleOf). */
export function shortNameOf(kpi: { name: LocalizedText; easyShortName: string }): LocalizedText {
  return { ...kpi.name, jaEasy: kpi.easyShortName }
}
