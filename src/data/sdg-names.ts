/**
 * The names of the 17 UN Sustainable Development Goals: official Japanese names (国連広報センター),
 * English short names, our own やさしい日本語 names (with {漢字|かんじ} readings). The build puts them in
 * every language's index of the plan (src/data/plan-part-builders.ts): a page shows the names in its
 * own language only. Their colours are in ./sdgs.ts.
 */
import type { LocalizedText } from '../schema/plan'

const table: [number, string, string, string][] = [
  [1, '貧困をなくそう', 'No Poverty', '{貧|まず}しさをなくそう'],
  [2, '飢餓をゼロに', 'Zero Hunger', 'おなかがすいて{困|こま}る{人|ひと}をなくそう'],
  [3, 'すべての人に健康と福祉を', 'Good Health and Well-being', 'みんなが{元気|げんき}で{安心|あんしん}して{暮|く}らせるようにしよう'],
  [4, '質の高い教育をみんなに', 'Quality Education', 'みんなが よい{教育|きょういく}を{受|う}けられるようにしよう'],
  [5, 'ジェンダー平等を実現しよう', 'Gender Equality', '{性別|せいべつ}による{差|さ}をなくそう'],
  [6, '安全な水とトイレを世界中に', 'Clean Water and Sanitation', '{世界|せかい}のみんなが{安全|あんぜん}な{水|みず}とトイレを{使|つか}えるようにしよう'],
  [7, 'エネルギーをみんなに そしてクリーンに', 'Affordable and Clean Energy', 'きれいなエネルギーを みんなが{使|つか}えるようにしよう'],
  [8, '働きがいも経済成長も', 'Decent Work and Economic Growth', '{働|はたら}く よろこびも{経済|けいざい}の{成長|せいちょう}も'],
  [9, '産業と技術革新の基盤をつくろう', 'Industry, Innovation and Infrastructure', '{産業|さんぎょう}と{新|あたら}しい{技術|ぎじゅつ}の{土台|どだい}をつくろう'],
  [10, '人や国の不平等をなくそう', 'Reduced Inequalities', '{人|ひと}や{国|くに}の{間|あいだ}の{不平等|ふびょうどう}をなくそう'],
  [11, '住み続けられるまちづくりを', 'Sustainable Cities and Communities', 'ずっと{住|す}み{続|つづ}けられるまちをつくろう'],
  [12, 'つくる責任 つかう責任', 'Responsible Consumption and Production', 'つくる{人|ひと}も{使|つか}う{人|ひと}も、むだをなくそう'],
  [13, '気候変動に具体的な対策を', 'Climate Action', '{気候|きこう}の{変化|へんか}を{止|と}めるために{行動|こうどう}しよう'],
  [14, '海の豊かさを守ろう', 'Life Below Water', '{海|うみ}の{生|い}き{物|もの}と{自然|しぜん}を{守|まも}ろう'],
  [15, '陸の豊かさも守ろう', 'Life on Land', '{陸|りく}の{生|い}き{物|もの}と{森|もり}を{守|まも}ろう'],
  [16, '平和と公正をすべての人に', 'Peace, Justice and Strong Institutions', '{平和|へいわ}で{公平|こうへい}な{社会|しゃかい}を みんなに'],
  [17, 'パートナーシップで目標を達成しよう', 'Partnerships for the Goals', 'みんなで{協力|きょうりょく}して{目標|もくひょう}をかなえよう'],
]

export const SDG_NAMES: Record<number, LocalizedText> = Object.fromEntries(table.map(([number, ja, en, jaEasy]) => [number, { ja, jaEasy, en }]))
