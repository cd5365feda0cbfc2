/**
 * The plan in parts, one language at a time: what each page needs and nothing more. A home page needs
 * the goals' names; a goal page its measures and initiative cards; an initiative or KPI page one
 * initiative with its breadcrumbs, departments and glossary terms. Pages that list across the whole
 * plan (search, departments, SDGs, glossary, about, print views) take it whole.
 *
 * The build writes every part of every language as a JSON file (src/node/plugins/plan-data-plugin.ts);
 * the prerender builds the same parts in Node with the same functions (./plan-part-builders.ts), so a
 * page hydrates exactly what it was rendered from. Each text carries its own language's words only, and Japanese besides only
 * where that language has none yet (then shown as Japanese, marked so); the whole plan keeps Japanese
 * everywhere, for search by the words of the source.
 */
import type { Department, Goal, GlossaryTerm, Initiative, Kpi, LocalizedText, Measure, Plan, PlanMeta, SdgTag } from '../schema/plan'
import type { ResultSource, YearTally } from '../lib/kpi-results'
import type { Locale } from '../shared/languages'

/** A goal as the home page shows it: its name, what it means, how much it holds, the SDGs it touches. */
export interface GoalSummary extends Pick<Goal, 'id' | 'number' | 'title' | 'explanation'> {
  counts: { measures: number; initiatives: number; kpis: number }
  /** Its KPIs against their targets in the latest year the city has published results for; null until it has. */
  results: YearTally | null
  sdgs: number[]
  /** Its initiatives' ids: an address naming any other initiative is not found, without asking the network (which offline cannot answer). */
  initiativeIds: string[]
}

/** Every page's part: the plan's name and years, its publisher (the footer), the three goals, and the SDGs' names. */
export interface PlanIndex {
  meta: Pick<PlanMeta, 'title' | 'startFiscalYear' | 'endFiscalYear'> & { publisher: Pick<PlanMeta['publisher'], 'name'> }
  goals: GoalSummary[]
  /** How many of the plan's KPIs have a published result (the home says so, or that none has yet). */
  results: { kpis: number; withResults: number; latestSource: ResultSource | null }
  /** The 17 SDGs' names by number (src/data/sdg-names.ts), for badges and tiles. */
  sdgNames: Record<number, LocalizedText>
}

/** An initiative as a card on its goal's page: name, meaning, SDGs and KPIs at a glance. */
export interface InitiativeCard extends Pick<Initiative, 'id' | 'label' | 'title' | 'easyShortTitle' | 'explanation' | 'kpis'> {
  sdgs: Pick<SdgTag, 'goal'>[]
}

export interface GoalPart {
  goal: Pick<Goal, 'id' | 'number' | 'title' | 'explanation'> & {
    measures: (Pick<Measure, 'id' | 'number' | 'title' | 'explanation'> & { initiatives: InitiativeCard[] })[]
  }
}

export interface InitiativePart {
  goal: Pick<Goal, 'id' | 'number' | 'title'>
  measure: Pick<Measure, 'id' | 'number' | 'title'>
  initiative: Initiative
  /** The departments its actions name. */
  departments: Department[]
  /** The glossary's terms its texts use, for links to their explanations. */
  glossary: Pick<GlossaryTerm, 'id' | 'term'>[]
}

export type PlanPartRequest =
  | { kind: 'index' }
  | { kind: 'goal'; id: string }
  | { kind: 'initiative'; id: string }
  | { kind: 'all' }

export interface PlanParts {
  index: PlanIndex
  goal: GoalPart
  initiative: InitiativePart
  all: Plan
}

/** Where the build writes a part, below the app's base path: plan-data/en/goals/goal-1.json. */
export function planPartFile(locale: Locale, request: PlanPartRequest): string {
  const name = request.kind === 'goal' ? `goals/${request.id}` : request.kind === 'initiative' ? `initiatives/${request.id}` : request.kind
  return `plan-data/${locale}/${name}.json`
}

/** The id of what holds an item: ids nest one segment a level (goal-1 › goal-1-m2 › goal-1-m2-b › goal-1-m2-b-k1). */
export const parentId = (id: string): string => id.slice(0, id.lastIndexOf('-'))

/** The KPI of an initiative part, with its breadcrumbs: what a KPI page shows. */
export function kpiIn(part: InitiativePart, kpiId: string): (Omit<InitiativePart, 'departments' | 'glossary'> & { kpi: Kpi }) | undefined {
  const kpi = part.initiative.kpis.find((each) => each.id === kpiId)
  return kpi && { goal: part.goal, measure: part.measure, initiative: part.initiative, kpi }
}

