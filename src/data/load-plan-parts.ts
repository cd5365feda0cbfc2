/**
 * The parts of the plan the app has in hand, per language. The router loads what a page needs before
 * the page renders (src/router/page-data.ts); pages and components then read them synchronously. In
 * the browser a part is a JSON file the build wrote (precached by the service worker, so offline too);
 * while prerendering it is built from the validated data files by the same functions.
 */
import { shallowReactive } from 'vue'
import type { Locale } from '../shared/languages'
import { planPartFile, type PlanIndex, type PlanPartRequest, type PlanParts } from './plan-parts'

type Part = PlanParts[PlanPartRequest['kind']]

/** Loaded parts by file; null for a part the plan does not have (an address naming an unknown goal). */
const parts = shallowReactive(new Map<string, Part | null>())
const loading = new Map<string, Promise<void>>()

async function fetchPart(locale: Locale, request: PlanPartRequest): Promise<Part | null> {
  if (import.meta.env.SSR) {
    const [{ plan }, { buildPlanPart }] = await Promise.all([import('./plan'), import('./plan-part-builders')])
    return buildPlanPart(plan, locale, request) ?? null
  }
  const response = await fetch(`${import.meta.env.BASE_URL}${planPartFile(locale, request)}`)
  if (response.status === 404) return null
  if (!response.ok) throw new Error(`${planPartFile(locale, request)}: ${response.status} ${response.statusText}`)
  return (await response.json()) as Part
}

/** The form of every id in the plan (schema's slug): anything else in an address names nothing, and is not asked for. */
const PLAN_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** Whether the plan's index lists the goal or initiative a request names (every page has the index). */
function isInIndex(index: PlanIndex, request: PlanPartRequest): boolean {
  if (request.kind === 'goal') return index.goals.some((goal) => goal.id === request.id)
  if (request.kind === 'initiative') return index.goals.some((goal) => goal.initiativeIds.includes(request.id))
  return true
}

/**
 * A part from the network (the service worker's cache offline), unless the index already says the plan
 * has no such part: offline, a file that was never precached cannot even answer "not found".
 */
async function fetchKnownPart(locale: Locale, request: PlanPartRequest): Promise<Part | null> {
  if (request.kind !== 'index') {
    await loadPlanPart(locale, { kind: 'index' })
    const index = planPart(locale, { kind: 'index' })
    if (index && !isInIndex(index, request)) return null
  }
  return fetchPart(locale, request)
}

/** Loads a part once (later calls wait for the same load). */
export function loadPlanPart(locale: Locale, request: PlanPartRequest): Promise<void> {
  const file = planPartFile(locale, request)
  if (parts.has(file)) return Promise.resolve()
  if ('id' in request && !PLAN_ID.test(request.id)) {
    parts.set(file, null)
    return Promise.resolve()
  }
  let pending = loading.get(file)
  if (!pending) {
    pending = fetchKnownPart(locale, request)
      .then((part) => void parts.set(file, part))
      .finally(() => loading.delete(file))
    loading.set(file, pending)
  }
  return pending
}

/** A part already loaded: undefined while it is not, null when the plan has no such part. */
export function planPart<Kind extends PlanPartRequest['kind']>(
  locale: Locale,
  request: Extract<PlanPartRequest, { kind: Kind }>,
): PlanParts[Kind] | null | undefined {
  return parts.get(planPartFile(locale, request)) as PlanParts[Kind] | null | undefined
}
