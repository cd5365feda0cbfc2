/**
 * Constants of the plan that the browser needs at run time. They live apart from ./schema.ts so that
 * importing them never pulls zod (and its eval probe, which the Content-Security-Policy refuses) into
 * the app; eslint.config.js keeps it that way.
 */

/** Fiscal years of the 第2期実施計画. A fiscal year starts on 1 April. */
export const PLAN_FISCAL_YEARS = [2024, 2025, 2026] as const
export type PlanFiscalYear = (typeof PLAN_FISCAL_YEARS)[number]
export const FISCAL_YEAR_KEYS = ['fy2024', 'fy2025', 'fy2026'] as const
export type FiscalYearKey = (typeof FISCAL_YEAR_KEYS)[number]

/** The languages every resident-facing text is stored in, side by side. */
export const CONTENT_LANGUAGES = ['ja', 'jaEasy', 'en'] as const
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number]
