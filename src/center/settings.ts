/**
 * Community-center mode: the settings a staff member makes once on a shared
 * device, kept in its storage. Like the reader's preferences, a saved value
 * that is corrupt or foreign is never trusted: the device then behaves as an
 * ordinary one (the mode off), which loses no visitor anything.
 */
import { keepSaved, parseSavedObject, readSaved, STORAGE_KEYS } from '@/lib/device-storage'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/shared/languages'

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

export function isIdleSeconds(value: unknown): value is number {
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
