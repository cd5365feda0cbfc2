/**
 * A staff set-up link (?center=on&centerLocale=en&centerIdle=300&centerCode=1234): what it asks of a shared
 * device. Apart from ./settings.ts because only a device opened with such a link needs it: the layout loads
 * it then (src/composables/useCenterModeSetup.ts), and every other first visit is that much lighter.
 */
import { isLocale, LOCALES } from '@/shared/languages'
import { IDLE_SECONDS_CHOICES, isIdleSeconds, isStaffCode, type CenterModeSettings } from './settings'

/** The query parameters that set up a device from a link: ?center=on&centerLocale=en&centerIdle=300&centerCode=1234 */
export const CENTER_QUERY_KEYS = ['center', 'centerLocale', 'centerIdle', 'centerCode'] as const

export type CenterQueryOutcome =
  | { kind: 'none' }
  | { kind: 'enabled'; settings: CenterModeSettings }
  | { kind: 'disabled'; settings: CenterModeSettings }
  /** ?center=off on a device whose staff code was not given (or was wrong): nothing changes. */
  | { kind: 'code-required' }
  /** ?center=… with a value we do not understand: nothing changes, and the page says why. */
  | { kind: 'invalid'; reason: string }

const single = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined

/** What a set-up link asks of this device, given its current settings. Pure: the caller saves the result. */
export function centerSettingsFromQuery(query: Record<string, unknown>, current: CenterModeSettings): CenterQueryOutcome {
  const center = single(query.center)
  if (center === undefined) return { kind: 'none' }
  const code = single(query.centerCode)
  if (center === 'off') {
    if (current.staffCode && code !== current.staffCode) return { kind: 'code-required' }
    return { kind: 'disabled', settings: { ...current, enabled: false } }
  }
  if (center !== 'on') return { kind: 'invalid', reason: `center=${center} (expected "on" or "off")` }
  // A device already in the mode with a code keeps it unless the link carries the same code.
  if (current.enabled && current.staffCode && code !== current.staffCode) return { kind: 'code-required' }

  const locale = single(query.centerLocale)
  if (locale !== undefined && !isLocale(locale)) return { kind: 'invalid', reason: `centerLocale=${locale} (expected one of ${LOCALES.join(', ')})` }
  const idle = single(query.centerIdle)
  const idleSeconds = idle === undefined ? current.idleSeconds : Number(idle)
  if (!isIdleSeconds(idleSeconds)) return { kind: 'invalid', reason: `centerIdle=${idle} (expected one of ${IDLE_SECONDS_CHOICES.join(', ')})` }
  if (code !== undefined && !isStaffCode(code)) return { kind: 'invalid', reason: 'centerCode (expected 4 to 8 digits)' }
  return {
    kind: 'enabled',
    settings: { enabled: true, idleSeconds, defaultLocale: locale ?? current.defaultLocale, staffCode: code ?? current.staffCode },
  }
}
