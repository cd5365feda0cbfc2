/**
 * The shape of the plan data in src/data/plan/*.json.
 *
 * The schemas run at build time (src/node/: the plan-data Vite plugin, the
 * scripts) and in tests. The browser never loads them: the app imports the
 * JSON with the types inferred below, already validated by the build, and
 * imports this module's types only (eslint.config.js: outside src/node/ and
 * src/schema/, zod and the schemas are type-only imports).
 */
import { z } from 'zod'
import type { ContentLanguage } from '../shared/languages'

const nonEmpty = z.string().trim().min(1, 'a non-empty text')

/**
 * A text residents read. Japanese is the source and is always present;
 * やさしい日本語 and English are written by hand and may still be empty
 * (see PENDING_TRANSLATIONS in src/node/plan/translation-gaps.ts).
 * Easy Japanese marks readings as {漢字|かんじ}.
 */
export const LocalizedText = z.strictObject({
  ja: nonEmpty,
  jaEasy: z.string(),
  en: z.string(),
})
export type LocalizedText = z.infer<typeof LocalizedText>
// One key per language of src/shared/languages.ts, no more and no fewer: a language added there fails here.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false
const everyLanguageHasAKey: SameKeys<LocalizedText, Record<ContentLanguage, string>> = true
void everyLanguageHasAKey

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case id such as "goal-1-m1-a"')

/** One cell of an action's year-by-year schedule (年次計画). */
export const ScheduleCell = z.discriminatedUnion('kind', [
  /** Something new starts or happens this year; a cell may hold several lines. */
  z.strictObject({ kind: z.literal('activity'), entries: z.array(LocalizedText).min(1) }),
  /**
   * The table's arrow carries the previous year's activity into this year.
   * `inferred` is true where the arrow did not survive text extraction and the
   * continuation was read from context (see docs/DATA.md).
   */
  z.strictObject({
    kind: z.literal('continues'),
    inferred: z.boolean(),
    /** A new entry written in the same year's cell while the arrow runs through it. */
    also: z.array(LocalizedText).min(1).optional(),
  }),
  /** The source shows a dash (—): nothing is planned this year. */
  z.strictObject({ kind: z.literal('none') }),
])
export type ScheduleCell = z.infer<typeof ScheduleCell>

export const Schedule = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('yearly'),
    fy2024: ScheduleCell,
    fy2025: ScheduleCell,
    fy2026: ScheduleCell,
  }),
  /** The source sets no yearly plan and says why (e.g. 国庫等補助金の確保). */
  z.strictObject({ kind: z.literal('unscheduled'), note: LocalizedText }),
])
export type Schedule = z.infer<typeof Schedule>

export const Action = z.strictObject({
  id: slug,
  /** The circled number in the source: ① is 1. */
  number: z.number().int().positive(),
  text: LocalizedText,
  /** Ids from departments.json (担当課). */
  departments: z.array(slug).min(1),
  schedule: Schedule,
})
export type Action = z.infer<typeof Action>

/** A KPI value as the source prints it and as the number it means. */
export const NumericValue = z.strictObject({
  number: z.number().finite(),
  /** Exactly as printed in the source, e.g. "14,215 千円", "98.4%". */
  printed: nonEmpty,
})
export type NumericValue = z.infer<typeof NumericValue>

/** A qualitative target such as 見直し・反映. */
export const MilestoneValue = z.strictObject({ text: LocalizedText })
export type MilestoneValue = z.infer<typeof MilestoneValue>

/** A citation of a result the city published (never filled from guesses). */
export const ResultSource = z.strictObject({
  title: LocalizedText,
  url: z.url({ protocol: /^https$/ }),
  publishedOn: z.iso.date(),
})

/**
 * A short name in easy Japanese (with readings) for a heading, a card or a chart, where the full name is too
 * long to read at a glance; the full one is shown beside it. At most 20 characters without the readings.
 */
const easyShortName = nonEmpty

const kpiBase = {
  id: slug,
  name: LocalizedText,
  easyShortName,
  /** Set when the source's name for the KPI was lost and the name is ours. */
  nameIsEditorial: z.boolean().optional(),
  notes: z.array(LocalizedText),
}

const targetsOf = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    // null: the source shows — for that year.
    fy2024: value.nullable(),
    fy2025: value.nullable(),
    fy2026: value.nullable(),
  })

const resultsOf = <T extends z.ZodType>(value: T) =>
  z.array(
    z.strictObject({
      fiscalYear: z.number().int().min(2021).max(2026),
      value,
      source: ResultSource,
    }),
  )

export const NumericKpi = z.strictObject({
  ...kpiBase,
  kind: z.literal('numeric'),
  unit: LocalizedText,
  /**
   * The English unit for exactly one ("1 person" beside "960 people"), for a unit that counts things;
   * percentages and measures (%, fm) have none.
   */
  unitSingularEn: nonEmpty.optional(),
  /** Overtime hours and stored documents fall as they improve. */
  lowerIsBetter: z.boolean(),
  /** null: the source shows — (no current value). */
  baseline: NumericValue.nullable(),
  /** A baseline given per category in the source's 備考, e.g. collection rates by revenue. */
  baselineBreakdown: z
    .strictObject({
      fiscalYear: z.number().int(),
      items: z.array(z.strictObject({ label: LocalizedText, value: NumericValue })).min(1),
    })
    .optional(),
  targets: targetsOf(NumericValue),
  /** Actual results the city has published, with their citation. The source has none. */
  results: resultsOf(NumericValue),
})
export type NumericKpi = z.infer<typeof NumericKpi>

export const MilestoneKpi = z.strictObject({
  ...kpiBase,
  kind: z.literal('milestone'),
  targets: targetsOf(MilestoneValue),
  results: resultsOf(MilestoneValue),
})
export type MilestoneKpi = z.infer<typeof MilestoneKpi>

export const Kpi = z.discriminatedUnion('kind', [NumericKpi, MilestoneKpi])
export type Kpi = z.infer<typeof Kpi>

export const SdgTag = z.strictObject({
  goal: z.number().int().min(1).max(17),
  /** Why the editors tagged the initiative with this goal (the source's icons were lost). */
  reason: LocalizedText,
})
export type SdgTag = z.infer<typeof SdgTag>

export const Footnote = z.strictObject({
  /** The footnote's number in the source (¹ is 1). */
  number: z.number().int().positive(),
  term: LocalizedText,
  text: LocalizedText,
})
export type Footnote = z.infer<typeof Footnote>

export const Initiative = z.strictObject({
  id: slug,
  /** ア, イ, ウ in the source. */
  label: z.enum(['ア', 'イ', 'ウ']),
  title: LocalizedText,
  easyShortTitle: easyShortName,
  /** The table of contents' wording, where it differs from the initiative's page (both are searched, and the page shows both). */
  tocTitle: LocalizedText.optional(),
  /** The page of the printed plan, as the table of contents gives it. */
  sourcePage: z.number().int().positive(),
  /** "What this means for residents": plain words, written from the source. */
  explanation: LocalizedText,
  vision: z.array(LocalizedText).min(1),
  challenges: z.array(LocalizedText).min(1),
  actions: z.array(Action).min(1),
  kpis: z.array(Kpi).min(1),
  relatedPlans: z.array(LocalizedText),
  footnotes: z.array(Footnote),
  sdgs: z.array(SdgTag).min(1),
})
export type Initiative = z.infer<typeof Initiative>

export const Measure = z.strictObject({
  id: slug,
  /** (1), (2), (3) in the source. */
  number: z.number().int().positive(),
  title: LocalizedText,
  explanation: LocalizedText,
  initiatives: z.array(Initiative).min(1),
})
export type Measure = z.infer<typeof Measure>

/** One focus goal (重点目標) and everything under it: the content of goal-N.json. */
export const Goal = z.strictObject({
  id: slug,
  /** Ⅰ, Ⅱ, Ⅲ in the source. */
  number: z.number().int().min(1).max(3),
  title: LocalizedText,
  explanation: LocalizedText,
  measures: z.array(Measure).min(1),
})
export type Goal = z.infer<typeof Goal>

export const Department = z.strictObject({
  id: slug,
  name: LocalizedText,
  /** Set for a collective name, such as 各債権担当課 (each department that collects a receivable). */
  isCollective: z.boolean().optional(),
})
export type Department = z.infer<typeof Department>

export const Departments = z.array(Department).min(1)

/** The plan as a whole: the content of plan.json. */
export const PlanMeta = z.strictObject({
  title: LocalizedText,
  outline: z.strictObject({
    title: LocalizedText,
    startFiscalYear: z.number().int(),
    endFiscalYear: z.number().int(),
  }),
  startFiscalYear: z.literal(2024),
  endFiscalYear: z.literal(2026),
  purpose: z.array(LocalizedText).min(1),
  period: LocalizedText,
  governance: z.array(LocalizedText).min(1),
  publication: z.array(LocalizedText).min(1),
  publisher: z.strictObject({
    name: LocalizedText,
    postalCode: z.string().regex(/^\d{3}-\d{4}$/, 'a postal code such as "243-8511"'),
    address: LocalizedText,
    phone: z.string().regex(/^[\d-]+$/, 'a phone number of digits and hyphens'),
    email: z.email(),
    url: z.url({ protocol: /^https$/ }),
  }),
  /** The focus goals in the source's order; each names a goal-N.json. */
  goals: z.array(slug).length(3),
  sdgMapping: z.strictObject({
    editorial: z.literal(true),
    explanation: LocalizedText,
  }),
})
export type PlanMeta = z.infer<typeof PlanMeta>

/** A hard term of the plan, explained in every language (editorial, not from the source). */
export const GlossaryTerm = z.strictObject({
  id: slug,
  term: LocalizedText,
  definition: LocalizedText,
  /**
   * How the term is written in the plan's Japanese text, to link the pages that use it (e.g. "BCP", "ネーミングライツ").
   * Empty for a term the app's labels use but the plan's texts do not (現状値, 目標値).
   */
  matches: z.array(nonEmpty),
})
export type GlossaryTerm = z.infer<typeof GlossaryTerm>

export const Glossary = z.array(GlossaryTerm).min(1)

/** The assembled plan, as the app and the open data see it. */
export interface Plan {
  meta: PlanMeta
  departments: Department[]
  goals: Goal[]
  glossary: GlossaryTerm[]
}
