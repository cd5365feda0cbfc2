/**
 * The words a milestone KPI's published result may take. A milestone (見直し・反映, 制度設計, …) is carried
 * out or not rather than measured, so the results sheet asks for one of these words (src/node/results), each
 * written once here in every language: the app shows the word in the reader's language without anyone
 * translating a sheet, and only "done" counts as meeting the year's target (docs/RESULTS.md).
 */
import type { LocalizedText } from '../schema/plan'

export const MILESTONE_STATUSES = [
  { ja: '実施済み', jaEasy: '{実施|じっし}しました', en: 'Done', meetsTarget: true },
  { ja: '一部実施', jaEasy: '{一部|いちぶ}を{実施|じっし}しました', en: 'Partly done', meetsTarget: false },
  { ja: '未実施', jaEasy: 'まだ{実施|じっし}していません', en: 'Not done', meetsTarget: false },
  { ja: '検討中', jaEasy: '{検討|けんとう}しています', en: 'Under consideration', meetsTarget: false },
] as const satisfies readonly (LocalizedText & { meetsTarget: boolean })[]

export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number]

/**
 * The status a result's text is, in whichever language the text still holds (a page's part of the plan
 * keeps one language only: src/data/plan-part-builders.ts).
 */
export function milestoneStatusOf(text: Partial<LocalizedText>): MilestoneStatus | undefined {
  return MILESTONE_STATUSES.find((status) => status.ja === text.ja || status.jaEasy === text.jaEasy || status.en === text.en)
}
