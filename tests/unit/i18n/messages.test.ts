import { describe, expect, it } from 'vitest'
import { createAppI18n, loadMessages } from '../../../src/i18n/messages'

describe('a language’s UI strings, loaded in two sets', () => {
  it('keep both sets’ strings where they share a group, whichever set arrives first', async () => {
    for (const order of [['app', 'community'], ['community', 'app']] as const) {
      const i18n = createAppI18n()
      for (const set of order) await loadMessages(i18n, 'en', set)
      i18n.global.locale.value = 'en'
      // `center` is a group in both files: the app's strings (the page's name) and the staff page's.
      expect(i18n.global.te('app.name')).toBe(true)
      expect(i18n.global.te('center.staffLink')).toBe(true)
      expect(i18n.global.te('center.title')).toBe(true)
      expect(i18n.global.te('nav.home')).toBe(true)
      expect(i18n.global.t('app.skipToContent')).toBe('Skip to main content')
    }
  })
})
