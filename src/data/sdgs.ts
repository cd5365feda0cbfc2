/**
 * The 17 UN Sustainable Development Goals as the app draws them: their numbers and the colours of the
 * UN communications guidelines. White text fails 4.5:1 contrast on the lighter colours, so those use
 * dark text. Their names, in the reader's language, come with the plan's index (./sdg-names.ts).
 */
export interface SdgColors {
  number: number
  color: string
  textColor: '#ffffff' | '#1a1a1a'
}

const DARK_TEXT = new Set([2, 3, 5, 6, 7, 9, 11, 12, 14, 15])

const COLORS = ['#E5243B', '#DDA63A', '#4C9F38', '#C5192D', '#FF3A21', '#26BDE2', '#FCC30B', '#A21942', '#FD6925', '#DD1367', '#FD9D24', '#BF8B2E', '#3F7E44', '#0A97D9', '#56C02B', '#00689D', '#19486A']

export const SDGS: SdgColors[] = COLORS.map((color, index) => ({
  number: index + 1,
  color,
  textColor: DARK_TEXT.has(index + 1) ? '#1a1a1a' : '#ffffff',
}))

export function findSdg(number: number): SdgColors | undefined {
  return SDGS.find((sdg) => sdg.number === number)
}
