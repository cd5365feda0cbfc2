/**
 * A numeric result as the sheet gives it ("14,215", "98.4%", "９８．４") turned into the data's value: the
 * number, and `printed` in the way the KPI's own targets are printed, so a result sits beside its target
 * in the same form ("98.4%", "26 件", "67" for a count the source prints bare).
 */
import type { NumericKpi, NumericValue } from '../../schema/plan'
import { FISCAL_YEAR_KEYS } from '../../shared/plan-years'

/** How a KPI's values follow their number: no unit ("67"), straight after ("98.4%", "2件") or after a space ("26 件"). */
export type UnitPlacement = { kind: 'none' } | { kind: 'after'; separator: '' | ' ' }

/**
 * The placement of the KPI's latest printed target (the source is not always consistent within a KPI:
 * "2事業", "2 事業"), else its baseline's; a KPI with no printed value writes the unit straight after.
 */
export function unitPlacementOf(kpi: Pick<NumericKpi, 'unit' | 'baseline' | 'targets'>): UnitPlacement {
  const printed = [...FISCAL_YEAR_KEYS].reverse().map((year) => kpi.targets[year]?.printed).find(Boolean) ?? kpi.baseline?.printed
  if (printed === undefined) return { kind: 'after', separator: '' }
  if (!printed.endsWith(kpi.unit.ja)) return { kind: 'none' }
  return { kind: 'after', separator: /\s$/u.test(printed.slice(0, -kpi.unit.ja.length)) ? ' ' : '' }
}

/** A number as people write it: optional sign, digits with or without thousands commas (in threes), optional decimals. */
const WRITTEN_NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/u

export type NumericCellReading = { ok: true; value: NumericValue } | { ok: false; expected: string }

/** What a numeric cell should hold, for the error message: `a number in % such as "98.4%" or "98.4"`. */
export function expectedNumberIn(kpi: Pick<NumericKpi, 'unit'>): string {
  return `a number in ${kpi.unit.ja} such as "1,234" or "1,234${kpi.unit.ja}" (or "98.4")`
}

/**
 * Reads a numeric cell. NFKC first, so full-width digits, commas and ％ typed on a Japanese keyboard read
 * as their ASCII forms; then the KPI's unit, if written after the number, is dropped. The decimals the
 * sheet gives are kept in `printed` ("64.0" stays "64.0%"), as the source keeps them in its targets.
 */
export function readNumericCell(cell: string, kpi: Pick<NumericKpi, 'unit' | 'baseline' | 'targets'>): NumericCellReading {
  const unit = kpi.unit.ja.normalize('NFKC')
  let written = cell.normalize('NFKC').trim()
  if (unit && written.endsWith(unit)) written = written.slice(0, -unit.length).trim()
  const parts = WRITTEN_NUMBER.exec(written)
  if (!parts) return { ok: false, expected: expectedNumberIn(kpi) }
  const [, sign = '', whole = '', decimals] = parts
  const digits = whole.replaceAll(',', '')
  const number = Number(`${sign}${digits}${decimals === undefined ? '' : `.${decimals}`}`)
  const grouped = digits.replace(/^0+(?=\d)/u, '').replace(/\B(?=(\d{3})+(?!\d))/gu, ',')
  const shown = `${sign === '-' && number !== 0 ? '-' : ''}${grouped}${decimals === undefined ? '' : `.${decimals}`}`
  const placement = unitPlacementOf(kpi)
  const printed = placement.kind === 'none' ? shown : `${shown}${placement.separator}${kpi.unit.ja}`
  return { ok: true, value: { number, printed } }
}
