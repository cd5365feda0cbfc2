// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { createApp, defineComponent, nextTick, ref } from 'vue'
import { usePageHead } from '../../../src/composables/usePageHead'

/** Records every attribute written on <html>, changed or not (a write alone makes the browser restyle the page). */
function watchHtmlAttributes(): MutationRecord[] {
  const records: MutationRecord[] = []
  new MutationObserver((found) => records.push(...found)).observe(document.documentElement, { attributes: true })
  return records
}

describe('usePageHead in the browser', () => {
  it('leaves <html> alone when the prerendered page already says it, and follows a change', async () => {
    document.documentElement.setAttribute('lang', 'ja')
    document.documentElement.className = 'text-standard contrast-standard'
    document.title = '厚木市行政改革'
    const lang = ref('ja')
    const textSize = ref('standard')
    const records = watchHtmlAttributes()
    createApp(
      defineComponent({
        setup() {
          usePageHead({ title: '厚木市行政改革', htmlAttrs: { lang, class: () => `text-${textSize.value} contrast-standard` } })
          return () => null
        },
      }),
    ).mount(document.createElement('div'))
    await nextTick()
    await Promise.resolve()
    expect(records).toEqual([])

    lang.value = 'en'
    textSize.value = 'large'
    await nextTick()
    await Promise.resolve()
    expect(records.map((record) => record.attributeName).sort()).toEqual(['class', 'lang'])
    expect(document.documentElement.lang).toBe('en')
    expect(document.documentElement.className).toBe('text-large contrast-standard')
  })
})
