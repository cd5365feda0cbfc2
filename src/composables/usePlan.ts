import { computed } from 'vue'
import { planPart } from '@/data/load-plan-parts'
import { kpiIn, parentId } from '@/data/plan-parts'
import { listActions, listInitiatives, listKpis } from '@/data/walk'
import type { Plan } from '@/schema/plan'
import { useLocale } from './useLocale'

/**
 * The parts of the plan the router loaded for this page, in its language (src/router/page-data.ts):
 * the index on every page; a goal, an initiative or a KPI by its id on theirs (undefined when the
 * address names none: the page shows not-found).
 */
export function usePlanParts() {
  const { locale } = useLocale()
  return {
    // Every page's route loads the index before the page renders.
    index: computed(() => planPart(locale.value, { kind: 'index' })!),
    findGoal: (id: string) => planPart(locale.value, { kind: 'goal', id })?.goal ?? undefined,
    findInitiative: (id: string) => planPart(locale.value, { kind: 'initiative', id }) ?? undefined,
    findKpi: (id: string) => {
      const part = planPart(locale.value, { kind: 'initiative', id: parentId(id) })
      return part ? kpiIn(part, id) : undefined
    },
  }
}

/** Views across the whole plan, for the pages that load it whole (search, departments, SDGs, glossary, about, print views). */
export function usePlan() {
  const { locale } = useLocale()
  const whole = computed<Plan>(() => {
    const plan = planPart(locale.value, { kind: 'all' })
    if (!plan) throw new Error(`usePlan() on a page that does not load the whole plan (src/router/page-data.ts)`)
    return plan
  })
  const initiatives = computed(() => listInitiatives(whole.value))
  const actions = computed(() => listActions(whole.value))
  const departmentsById = computed(() => new Map(whole.value.departments.map((department) => [department.id, department])))
  return {
    plan: whole,
    initiatives,
    kpis: computed(() => listKpis(whole.value)),
    actions,
    findGoal: (id: string) => whole.value.goals.find((goal) => goal.id === id),
    findInitiative: (id: string) => initiatives.value.find((entry) => entry.initiative.id === id),
    findDepartment: (id: string) => departmentsById.value.get(id),
    initiativesWithSdg: (sdg: number) => initiatives.value.filter((entry) => entry.initiative.sdgs.some((tag) => tag.goal === sdg)),
    actionsOf: (departmentId: string) => actions.value.filter((entry) => entry.action.departments.includes(departmentId)),
  }
}
