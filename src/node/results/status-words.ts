/**
 * The sheet's side of the milestone status words (src/data/milestone-statuses.ts, which the app shares):
 * the word a person typed, matched to its status.
 */
import { MILESTONE_STATUSES, type MilestoneStatus } from '../../data/milestone-statuses'

export { MILESTONE_STATUSES, type MilestoneStatus }

/** The status a sheet's word names, compared after NFKC so full-width or stray spaces do not matter. */
export function statusNamed(word: string): MilestoneStatus | undefined {
  const wanted = word.normalize('NFKC').replace(/\s+/gu, '')
  return MILESTONE_STATUSES.find((status) => status.ja === wanted)
}

export const STATUS_WORDS_JA = MILESTONE_STATUSES.map((status) => status.ja)
