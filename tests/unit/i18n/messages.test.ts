import { describe, expect, it } from 'vitest'
import { createAppI18n, loadMessages, type MessageSet } from '../../../src/i18n/messages'

const ORDERS: MessageSet[][] = [
  ['app', 'pages', 'community'],
  ['community', 'pages', 'app'],
  ['pages', 'app', 'community'],
]

describe('a language’s UI strings, loaded in three sets', () => {
  it.each(ORDERS)('keep every set’s strings where they share a group, whichever arrives first (%s, %s, %s)', async (...order) => {
    const i18n = createAppI18n()
    for (const set of order) await loadMessages(i18n, 'en', set)
    i18n.global.locale.value = 'en'
    // `center` is a group in the app's set (the staff page's name) and the community set (the staff page's strings);
    // `initiative` and `sdgs` are in the app's set as far as the home's goal cards need them, the rest in `pages`.
    for (const key of ['app.name', 'nav.home', 'center.staffLink', 'center.title', 'initiative.sdgs', 'initiative.vision', 'sdgs.goal', 'sdgs.title'])
      expect(i18n.global.te(key), key).toBe(true)
    expect(i18n.global.t('app.skipToContent')).toBe('Skip to main content')
  })

  it('refuses to render a string whose set the page did not load, naming it (prerendering stops)', async () => {
    const i18n = createAppI18n()
    await loadMessages(i18n, 'en', 'app')
    i18n.global.locale.value = 'en'
    expect(i18n.global.t('home.lead')).not.toBe('home.lead')
    expect(() => i18n.global.t('kpi.target')).toThrow(/UI string "kpi\.target" is not loaded for en/)
  })
})
