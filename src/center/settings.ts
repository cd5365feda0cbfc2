/**
 * Community-center mode: the settings a staff member makes once on a shared
 * device, kept in its storage. Like the reader's preferences, a saved value
 * that is corrupt or foreign is never trusted: the device then behaves as an
 * ordinary one (the mode off), which loses no visitor anything.
 */
import { keepSaved, parseSavedObject, readSaved, STORAGE_KEYS } from '@/lib/device-storage'
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@/shared/languages'

/** The idle periods staff can choose, in seconds: from half a minute to ten minutes. */
export const IDLE_SECONDS_CHOICES = [30, 60, 120, 180, 300, 600] as const
export const DEFAULT_IDLE_SECONDS = 120
/** How long the "returning to the start" countdown shows before it acts: long enough to notice and touch. */
export const COUNTDOWN_SECONDS = 15

/** A staff code is a few digits: easy to key in on a tablet, not something a visitor guesses by accident. */
const STAFF_CODE = /^\d{4,8}$/

export interface CenterModeSettings {
  enabled: boolean
  /** Seconds without a touch before the countdown starts. */
  idleSeconds: number
  /** The language each new visitor starts in. */
  defaultLocale: Locale
  /** Needed to turn the mode off when set ('' = none). A guard against visitors, not a security measure. */
  staffCode: string
}

export const DEFAULT_CENTER_SETTINGS: CenterModeSettings = {
  enabled: false,
  idleSeconds: DEFAULT_IDLE_SECONDS,
  defaultLocale: DEFAULT_LOCALE,
  staffCode: '',
}

export const isStaffCode = (value: unknown): value is string => typeof value === 'string' && STAFF_CODE.test(value)

function isIdleSeconds(value: unknown): value is number {
  return typeof value === 'number' && (IDLE_SECONDS_CHOICES as readonly number[]).includes(value)
}

/** Reads saved settings, keeping each valid field; anything unreadable means the mode is off. */
export function parseCenterSettings(saved: string | null): CenterModeSettings {
  const record = parseSavedObject(saved)
  if (!record) return { ...DEFAULT_CENTER_SETTINGS }
  return {
    enabled: record.enabled === true,
    idleSeconds: isIdleSeconds(record.idleSeconds) ? record.idleSeconds : DEFAULT_IDLE_SECONDS,
    defaultLocale: isLocale(record.defaultLocale) ? record.defaultLocale : DEFAULT_LOCALE,
    staffCode: isStaffCode(record.staffCode) ? record.staffCode : '',
  }
}

export function readCenterSettings(): CenterModeSettings {
  return parseCenterSettings(readSaved(STORAGE_KEYS.centerMode))
}

/** False when the device cannot keep the setting (storage forbidden): staff must be told. */
export function writeCenterSettings(settings: CenterModeSettings): boolean {
  return keepSaved(STORAGE_KEYS.centerMode, JSON.stringify(settings))
}

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
