/**
 * The fiscal years of the 第2期実施計画 (FY2024–FY2026). A Japanese fiscal
 * year starts on 1 April (src/lib/fiscal-year.ts). Plain constants, so the
 * app can use them without the schema (and zod) that also reads them.
 */
export const PLAN_FISCAL_YEARS = [2024, 2025, 2026] as const
export type PlanFiscalYear = (typeof PLAN_FISCAL_YEARS)[number]

/** The keys of a year in the data files: targets.fy2024, schedule.fy2025, … */
export const FISCAL_YEAR_KEYS = ['fy2024', 'fy2025', 'fy2026'] as const
export type FiscalYearKey = (typeof FISCAL_YEAR_KEYS)[number]
