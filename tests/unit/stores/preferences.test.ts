import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES, parsePreferences } from '../../../src/stores/preferences'

describe('saved preferences', () => {
  it('are read back when valid', () => {
    expect(parsePreferences('{"textSize":"large","contrast":"high","furigana":false}')).toEqual({
      textSize: 'large',
      contrast: 'high',
      furigana: false,
    })
  })

  it('fall back to the defaults when missing or corrupt', () => {
    expect(parsePreferences(null)).toEqual(DEFAULT_PREFERENCES)
    expect(parsePreferences('{not json')).toEqual(DEFAULT_PREFERENCES)
    expect(parsePreferences('"large"')).toEqual(DEFAULT_PREFERENCES)
    expect(parsePreferences('null')).toEqual(DEFAULT_PREFERENCES)
  })

  it('keep each valid field and drop foreign values', () => {
    expect(parsePreferences('{"textSize":"huge<script>","contrast":"high"}')).toEqual({ textSize: 'standard', contrast: 'high', furigana: true })
  })
})
