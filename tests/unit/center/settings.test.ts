import { describe, expect, it } from 'vitest'
import { centerSettingsFromQuery } from '../../../src/center/setup-link'
import {
  DEFAULT_CENTER_SETTINGS,
  parseCenterSettings,
  type CenterModeSettings,
} from '../../../src/center/settings'

const on: CenterModeSettings = { enabled: true, idleSeconds: 300, defaultLocale: 'en', staffCode: '' }

describe('saved community-center settings', () => {
  it('are read back when valid', () => {
    expect(parseCenterSettings(JSON.stringify({ ...on, staffCode: '2468' }))).toEqual({ ...on, staffCode: '2468' })
  })

  it('mean an ordinary device when missing, corrupt or foreign', () => {
    for (const saved of [null, '', '{oops', 'null', '"on"', '[true]', '{"enabled":"true"}', '{"__proto__":{"enabled":true}}']) {
      expect(parseCenterSettings(saved), String(saved)).toEqual(DEFAULT_CENTER_SETTINGS)
    }
  })

  it('keep each valid field and default the others', () => {
    expect(parseCenterSettings('{"enabled":true,"idleSeconds":7,"defaultLocale":"fr","staffCode":"12<script>"}')).toEqual({
      ...DEFAULT_CENTER_SETTINGS,
      enabled: true,
    })
  })
})

describe('a set-up link', () => {
  it('turns the mode on with the language, idle period and code it names', () => {
    expect(centerSettingsFromQuery({ center: 'on', centerLocale: 'ja-easy', centerIdle: '60', centerCode: '1234' }, DEFAULT_CENTER_SETTINGS)).toEqual({
      kind: 'enabled',
      settings: { enabled: true, defaultLocale: 'ja-easy', idleSeconds: 60, staffCode: '1234' },
    })
  })

  it('keeps the current settings for what it does not name', () => {
    expect(centerSettingsFromQuery({ center: 'on' }, DEFAULT_CENTER_SETTINGS)).toEqual({
      kind: 'enabled',
      settings: { ...DEFAULT_CENTER_SETTINGS, enabled: true },
    })
  })

  it('says what is wrong with a value it does not understand, and changes nothing', () => {
    expect(centerSettingsFromQuery({ center: 'yes' }, DEFAULT_CENTER_SETTINGS)).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('center=yes') })
    expect(centerSettingsFromQuery({ center: 'on', centerLocale: 'fr' }, DEFAULT_CENTER_SETTINGS)).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('centerLocale=fr') })
    expect(centerSettingsFromQuery({ center: 'on', centerIdle: '5' }, DEFAULT_CENTER_SETTINGS)).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('centerIdle=5') })
    expect(centerSettingsFromQuery({ center: 'on', centerCode: '12' }, DEFAULT_CENTER_SETTINGS)).toMatchObject({ kind: 'invalid' })
  })

  it('turns the mode off only with the staff code, when one was set', () => {
    const guarded = { ...on, staffCode: '2468' }
    expect(centerSettingsFromQuery({ center: 'off' }, guarded)).toEqual({ kind: 'code-required' })
    expect(centerSettingsFromQuery({ center: 'off', centerCode: '1111' }, guarded)).toEqual({ kind: 'code-required' })
    expect(centerSettingsFromQuery({ center: 'on', centerIdle: '600' }, guarded)).toEqual({ kind: 'code-required' })
    expect(centerSettingsFromQuery({ center: 'off', centerCode: '2468' }, guarded)).toEqual({ kind: 'disabled', settings: { ...guarded, enabled: false } })
    expect(centerSettingsFromQuery({ center: 'off' }, on)).toEqual({ kind: 'disabled', settings: { ...on, enabled: false } })
  })

  it('is no set-up link without ?center', () => {
    expect(centerSettingsFromQuery({ q: 'center' }, on)).toEqual({ kind: 'none' })
  })
})
