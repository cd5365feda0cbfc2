// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { forgetSaved, keepSaved, parseSavedObject, readSaved } from '../../../src/lib/device-storage'

describe('the device’s storage', () => {
  beforeEach(() => localStorage.clear())
  afterEach(() => vi.unstubAllGlobals())

  it('keeps, reads back and forgets a value', () => {
    expect(keepSaved('k', 'v')).toBe(true)
    expect(readSaved('k')).toBe('v')
    forgetSaved('k')
    expect(readSaved('k')).toBeNull()
  })

  it('says when it could not keep a value, and reads nothing, where storage is forbidden or missing', () => {
    const deny = () => {
      throw new DOMException('denied', 'SecurityError')
    }
    vi.stubGlobal('localStorage', { getItem: deny, setItem: deny, removeItem: deny })
    expect(keepSaved('k', 'v')).toBe(false)
    expect(readSaved('k')).toBeNull()
    expect(() => forgetSaved('k')).not.toThrow()
    vi.stubGlobal('localStorage', undefined)
    expect(keepSaved('k', 'v')).toBe(false)
    expect(readSaved('k')).toBeNull()
  })

  it('gives the fields of a saved JSON object, and nothing for anything else', () => {
    expect(parseSavedObject('{"a":1}')).toEqual({ a: 1 })
    for (const saved of [null, '', '{oops', 'null', '42', '"text"', '[1,2]']) expect(parseSavedObject(saved), String(saved)).toBeNull()
  })
})
