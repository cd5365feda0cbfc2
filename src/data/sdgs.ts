/**
 * The 17 UN Sustainable Development Goals: official Japanese names (国連広報センター),
 * English short names, our own やさしい日本語 names (with {漢字|かんじ} readings)
 * and the colours of the UN communications guidelines.
 * White text fails 4.5:1 contrast on the lighter colours, so those use dark text.
 */
import type { LocalizedText } from '../schema/plan'

export interface Sdg {
  number: number
  name: LocalizedText
  color: string
  textColor: '#ffffff' | '#1a1a1a'
}

const DARK_TEXT = new Set([2, 3, 5, 6, 7, 9, 11, 12, 14, 15])

const table: [number, string, string, string, string][] = [
  [1, '貧困をなくそう', 'No Poverty', '{貧|まず}しさをなくそう', '#E5243B'],
  [2, '飢餓をゼロに', 'Zero Hunger', 'おなかがすいて{困|こま}る{人|ひと}をなくそう', '#DDA63A'],
  [3, 'すべての人に健康と福祉を', 'Good Health and Well-being', 'みんなが{元気|げんき}で{安心|あんしん}して{暮|く}らせるようにしよう', '#4C9F38'],
  [4, '質の高い教育をみんなに', 'Quality Education', 'みんなが よい{教育|きょういく}を{受|う}けられるようにしよう', '#C5192D'],
  [5, 'ジェンダー平等を実現しよう', 'Gender Equality', '{性別|せいべつ}による{差|さ}をなくそう', '#FF3A21'],
  [6, '安全な水とトイレを世界中に', 'Clean Water and Sanitation', '{世界|せかい}のみんなが{安全|あんぜん}な{水|みず}とトイレを{使|つか}えるようにしよう', '#26BDE2'],
  [7, 'エネルギーをみんなに そしてクリーンに', 'Affordable and Clean Energy', 'きれいなエネルギーを みんなが{使|つか}えるようにしよう', '#FCC30B'],
  [8, '働きがいも経済成長も', 'Decent Work and Economic Growth', '{働|はたら}く よろこびも{経済|けいざい}の{成長|せいちょう}も', '#A21942'],
  [9, '産業と技術革新の基盤をつくろう', 'Industry, Innovation and Infrastructure', '{産業|さんぎょう}と{新|あたら}しい{技術|ぎじゅつ}の{土台|どだい}をつくろう', '#FD6925'],
  [10, '人や国の不平等をなくそう', 'Reduced Inequalities', '{人|ひと}や{国|くに}の{間|あいだ}の{不平等|ふびょうどう}をなくそう', '#DD1367'],
  [11, '住み続けられるまちづくりを', 'Sustainable Cities and Communities', 'ずっと{住|す}み{続|つづ}けられるまちをつくろう', '#FD9D24'],
  [12, 'つくる責任 つかう責任', 'Responsible Consumption and Production', 'つくる{人|ひと}も{使|つか}う{人|ひと}も、むだをなくそう', '#BF8B2E'],
  [13, '気候変動に具体的な対策を', 'Climate Action', '{気候|きこう}の{変化|へんか}を{止|と}めるために{行動|こうどう}しよう', '#3F7E44'],
  [14, '海の豊かさを守ろう', 'Life Below Water', '{海|うみ}の{生|い}き{物|もの}と{自然|しぜん}を{守|まも}ろう', '#0A97D9'],
  [15, '陸の豊かさも守ろう', 'Life on Land', '{陸|りく}の{生|い}き{物|もの}と{森|もり}を{守|まも}ろう', '#56C02B'],
  [16, '平和と公正をすべての人に', 'Peace, Justice and Strong Institutions', '{平和|へいわ}で{公平|こうへい}な{社会|しゃかい}を みんなに', '#00689D'],
  [17, 'パートナーシップで目標を達成しよう', 'Partnerships for the Goals', 'みんなで{協力|きょうりょく}して{目標|もくひょう}をかなえよう', '#19486A'],
]

export const SDGS: Sdg[] = table.map(([number, ja, en, jaEasy, color]) => ({
  number,
  name: { ja, jaEasy, en },
  color,
  textColor: DARK_TEXT.has(number) ? '#1a1a1a' : '#ffffff',
}))

export function findSdg(number: number): Sdg | undefined {
  return SDGS.find((sdg) => sdg.number === number)
}
