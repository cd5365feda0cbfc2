import type { Initiative } from '@/schema/plan'
import type { InitiativeInPlan } from '@/data/walk'
import type { Locale } from '@/shared/languages'
import { formatInitiativeLabel } from './format'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** Where an initiative sits in the plan, for the top line of its notice: 重点目標 1 · 施策 (2) · 取組項目 イ */
export function posterKickerOf({ goal, measure, initiative }: InitiativeInPlan, t: Translate, locale: Locale): string {
  return [
    t('goal.label', { number: goal.number }),
    t('goal.measure', { number: measure.number }),
    `${t('initiative.label')} ${formatInitiativeLabel(initiative.label, locale)}`,
  ].join(' · ')
}

/** The departments responsible for any action of these initiatives, each once, in the order the plan names them. */
export function departmentIdsOf(initiatives: readonly Initiative[]): string[] {
  return [...new Set(initiatives.flatMap((initiative) => initiative.actions.flatMap((action) => action.departments)))]
}

/** Where in the plan these initiatives are printed: "12", or "12–20" for several pages. */
export function sourcePagesOf(initiatives: readonly Initiative[]): string {
  const pages = initiatives.map((initiative) => initiative.sourcePage)
  const first = Math.min(...pages)
  const last = Math.max(...pages)
  return first === last ? String(first) : `${first}–${last}`
}
