/**
 * Prerendering with parts whose code waits (src/components/hydration.ts): the page's markup is the same as
 * with any other part, and the modules only such a part uses stay out of the list the build preloads.
 */
import { createSSRApp, defineAsyncComponent, defineComponent, h, useSSRContext, type Component } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { describe, expect, it } from 'vitest'
import { intentPart, staticPart } from '../../../src/components/hydration'

/** A part whose code is asked for with the page, as any lazily loaded component's. */
const atOnce = (component: Component) => defineAsyncComponent(() => Promise.resolve(component))

/** A component that says it was used, as @vitejs/plugin-vue makes every component do while prerendering. */
const registering = (module: string, text: string) =>
  defineComponent({
    props: { label: { type: String, default: '' } },
    setup(props) {
      const context = useSSRContext<{ modules?: Set<string> }>()!
      ;(context.modules ??= new Set()).add(module)
      return () => h('p', { class: 'part' }, `${text}${props.label}`)
    },
  })

const Shared = registering('Shared.vue', 'shared')
const Card = defineComponent(() => () => h('article', [h(registering('Card.vue', 'card')), h(Shared)]))

async function prerender(parts: ReturnType<typeof defineComponent>[]) {
  const context: { modules?: Set<string> } = {}
  const html = await renderToString(createSSRApp(() => h('main', [...parts.map((part) => h(part, { label: '!' })), h(Shared)])), context)
  return { html, modules: [...(context.modules ?? [])].sort() }
}

describe('a part whose code waits, while prerendering', () => {
  it('renders the same markup as a part whose code is asked for at once', async () => {
    const waiting = await prerender([intentPart(() => Promise.resolve(Card)), staticPart(() => Promise.resolve(registering('Text.vue', 'text')))])
    const loadedAtOnce = await prerender([atOnce(Card), atOnce(registering('Text.vue', 'text'))])
    expect(waiting.html).toBe(loadedAtOnce.html)
    expect(waiting.html).toContain('<p class="part">text!</p>')
  })

  it('leaves the modules only it uses out of the page’s list, and keeps those the page also uses elsewhere', async () => {
    const waiting = await prerender([intentPart(() => Promise.resolve(Card)), staticPart(() => Promise.resolve(registering('Text.vue', 'text')))])
    expect(waiting.modules).toEqual(['Shared.vue'])
    const loadedAtOnce = await prerender([atOnce(Card)])
    expect(loadedAtOnce.modules).toEqual(['Card.vue', 'Shared.vue'])
  })
})
