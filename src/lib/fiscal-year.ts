/**
 * Japanese local government fiscal years (年度) run from 1 April to 31 March
 * (地方自治法 第208条): 令和6年度 = FY2024 = April 2024 – March 2025.
 */

/** The fiscal year a date falls in, in the device's time zone. */
export function fiscalYearOf(date: Date): number {
  const aprilIndex = 3
  return date.getMonth() >= aprilIndex ? date.getFullYear() : date.getFullYear() - 1
}

/** 令和N年度 for a fiscal year from 2019 on: FY2024 is 令和6年度. */
export function reiwaYearOf(fiscalYear: number): number {
  return fiscalYear - 2018
}

export type PlanPhase =
  | { kind: 'before'; fiscalYear: number }
  | { kind: 'during'; fiscalYear: number; yearOfPlan: number; yearsInPlan: number }
  | { kind: 'after'; fiscalYear: number }

/** Where a date sits in a plan that runs from one fiscal year to another, both included. */
export function planPhaseAt(date: Date, startFiscalYear: number, endFiscalYear: number): PlanPhase {
  const fiscalYear = fiscalYearOf(date)
  if (fiscalYear < startFiscalYear) return { kind: 'before', fiscalYear }
  if (fiscalYear > endFiscalYear) return { kind: 'after', fiscalYear }
  return {
    kind: 'during',
    fiscalYear,
    yearOfPlan: fiscalYear - startFiscalYear + 1,
    yearsInPlan: endFiscalYear - startFiscalYear + 1,
  }
}
