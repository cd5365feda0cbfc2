/**
 * The words a milestone KPI's result may take. A milestone (見直し・反映, 制度設計, …) is met or not rather
 * than measured, so the sheet asks for one of a fixed list of words, each written once here in every
 * language: the app then shows the word in the reader's language without anyone translating a sheet.
 */
import type { LocalizedText } from '../../schema/plan'

export const MILESTONE_STATUSES = [
  { ja: '実施済み', jaEasy: '{実施|じっし}しました', en: 'Done' },
  { ja: '一部実施', jaEasy: '{一部|いちぶ}を{実施|じっし}しました', en: 'Partly done' },
  { ja: '未実施', jaEasy: 'まだ{実施|じっし}していません', en: 'Not done' },
  { ja: '検討中', jaEasy: '{検討|けんとう}しています', en: 'Under consideration' },
] as const satisfies readonly LocalizedText[]

export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number]

/** The status a sheet's word names, compared after NFKC so full-width or stray spaces do not matter. */
export function statusNamed(word: string): MilestoneStatus | undefined {
  const wanted = word.normalize('NFKC').replace(/\s+/gu, '')
  return MILESTONE_STATUSES.find((status) => status.ja === wanted)
}

export const STATUS_WORDS_JA = MILESTONE_STATUSES.map((status) => status.ja)
