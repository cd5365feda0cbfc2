/**
 * The 17 UN Sustainable Development Goals: official Japanese names (国連広報センター),
 * English short names and the colours of the UN communications guidelines.
 * White text fails 4.5:1 contrast on the lighter colours, so those use dark text.
 */
import type { LocalizedText } from './schema'

export interface Sdg {
  number: number
  name: LocalizedText
  color: string
  textColor: '#ffffff' | '#1a1a1a'
}

const DARK_TEXT = new Set([2, 3, 5, 6, 7, 9, 11, 12, 14, 15])

const table: [number, string, string, string][] = [
  [1, '貧困をなくそう', 'No Poverty', '#E5243B'],
  [2, '飢餓をゼロに', 'Zero Hunger', '#DDA63A'],
  [3, 'すべての人に健康と福祉を', 'Good Health and Well-being', '#4C9F38'],
  [4, '質の高い教育をみんなに', 'Quality Education', '#C5192D'],
  [5, 'ジェンダー平等を実現しよう', 'Gender Equality', '#FF3A21'],
  [6, '安全な水とトイレを世界中に', 'Clean Water and Sanitation', '#26BDE2'],
  [7, 'エネルギーをみんなに そしてクリーンに', 'Affordable and Clean Energy', '#FCC30B'],
  [8, '働きがいも経済成長も', 'Decent Work and Economic Growth', '#A21942'],
  [9, '産業と技術革新の基盤をつくろう', 'Industry, Innovation and Infrastructure', '#FD6925'],
  [10, '人や国の不平等をなくそう', 'Reduced Inequalities', '#DD1367'],
  [11, '住み続けられるまちづくりを', 'Sustainable Cities and Communities', '#FD9D24'],
  [12, 'つくる責任 つかう責任', 'Responsible Consumption and Production', '#BF8B2E'],
  [13, '気候変動に具体的な対策を', 'Climate Action', '#3F7E44'],
  [14, '海の豊かさを守ろう', 'Life Below Water', '#0A97D9'],
  [15, '陸の豊かさも守ろう', 'Life on Land', '#56C02B'],
  [16, '平和と公正をすべての人に', 'Peace, Justice and Strong Institutions', '#00689D'],
  [17, 'パートナーシップで目標を達成しよう', 'Partnerships for the Goals', '#19486A'],
]

export const SDGS: Sdg[] = table.map(([number, ja, en, color]) => ({
  number,
  name: { ja, jaEasy: '', en },
  color,
  textColor: DARK_TEXT.has(number) ? '#1a1a1a' : '#ffffff',
}))

export function findSdg(number: number): Sdg | undefined {
  return SDGS.find((sdg) => sdg.number === number)
}
