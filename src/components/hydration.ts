/**
 * When each part of a prerendered page is hydrated. Hydrating a whole page at once is one long task on
 * a phone; most of a page has little or nothing to do once the app arrives. So a part is wrapped as an
 * async component with one of these strategies (Vue 3.5's lazy hydration), and hydrates, in a task of
 * its own, only when it has work to do. On a page the app renders itself (after a navigation inside
 * the app) every part renders at once; the strategies apply to the prerendered page only.
 *
 * Parts are defined in a page's plain `<script>` block, once per module, not inside `<script setup>`
 * (once per instance): defined with the module, their code can be asked for before the page shows.
 *
 * A lazily hydrated part must not be given props that change while it waits (Vue would patch it before
 * it hydrated and skip its hydration): what only the device knows, such as today's fiscal year, the part
 * reads itself.
 */
import {
  defineAsyncComponent,
  defineComponent,
  h,
  hydrateOnInteraction,
  inject,
  provide,
  ssrContextKey,
  type AsyncComponentLoader,
  type Component,
  type HydrationStrategy,
} from 'vue'
import { nextTask } from '@/boot/next-task'

/**
 * Parts still loading their code, and parts waiting for their own task to hydrate: the app waits for them
 * before it plays back what the reader did early.
 */
const pending = new Set<Promise<unknown>>()
/** Keeps a promise in the set until it settles. */
function track(waiting: Promise<unknown>, set = pending): void {
  set.add(waiting)
  void waiting.finally(() => set.delete(waiting))
}

/** Text with nothing to do in the browser: its markup stays as the build wrote it (readings follow a class on <html>). */
const never: HydrationStrategy = () => undefined

/**
 * Hydrated as the reader's finger or focus reaches it, before the click: its links then move inside the
 * app and its buttons and settings answer. (src/boot/replay-early-events.ts sends a pointerdown first
 * too, to wake a part before giving back what the reader did to it.)
 */
const onIntent = hydrateOnInteraction(['pointerdown', 'focusin'])

/**
 * The same, and as a mouse pointer moves over it: a KPI's chart turns interactive when pointed at
 * (KpiChart.vue listens for the `pointerover` that Vue plays back once the part has hydrated).
 */
const onIntentOrPointer = hydrateOnInteraction(['pointerdown', 'focusin', 'pointerover'])

/** Slots of HydrateInNextTask still waiting for their task. */
const slotsWaiting = new Set<Promise<unknown>>()

/** Hydrated in a task of its own, right after the task that hydrated its parent. */
const inNextTask: HydrationStrategy = (hydrate) => {
  let stopped = false
  const hydrated = nextTask().then(() => {
    if (!stopped) hydrate()
  })
  track(hydrated)
  track(hydrated, slotsWaiting)
  return () => {
    stopped = true
  }
}

/**
 * Resolves once the page's content (the slots of HydrateInNextTask) has hydrated. What only the device
 * knows and the page shows (a shared device's community-center mode hides the share buttons) waits for
 * it, or the page's first render in the browser would not match the prerendered markup.
 */
export async function pageHydrated(): Promise<void> {
  // A slot starts waiting a few microtasks into the mount that hydrates its parent (once Vue has its code):
  // by the next task, every slot of the page is waiting (or there is none: the app rendered the page itself).
  await nextTask()
  while (slotsWaiting.size > 0) await Promise.allSettled([...slotsWaiting])
}

/** Parts whose page's code has run (so they are defined) but whose own code nobody has asked for yet. */
const notYetAsked = new Set<() => Promise<unknown>>()
/** Parts whose code is on its way. */
const loading = new Set<Promise<unknown>>()

/**
 * The code of parts that wake only when touched, and of text that never wakes, is not needed to take a
 * prerendered page over: until then the page's links work as links, and what the reader does is recorded and
 * played back (src/boot/start-app.js, ../boot/replay-early-events.ts). So it is asked for after the page has
 * been taken over, at the browser's first quiet moment, or sooner: at the reader's first touch, key or focus,
 * or when the app is about to render a page itself. On a first visit to the home, that keeps the goal cards,
 * the header and the footer (≈ 3 KB gzip, five files) out of what the app loads to start; the build leaves them
 * out of the page's preload list (`unlistedWhilePrerendering`).
 */
let deferredCodeWanted = import.meta.env.SSR
/** Loads waiting for the deferred code to be wanted, in the order they were defined. */
const waitingLoads: (() => void)[] = []
/** Resolves when this load's turn comes (at once once the code is wanted and the queue is empty). */
const deferredTurn = () =>
  deferredCodeWanted && waitingLoads.length === 0 ? Promise.resolve() : new Promise<void>((resolve) => waitingLoads.push(resolve))
/**
 * Two loads per task: asking for a module costs the main thread 1-3 ms here (four times that on a slow phone),
 * and the fifteen parts of an initiative page asked for in one go made one long task of it.
 */
async function wantDeferredCode(): Promise<void> {
  while (waitingLoads.length > 0) {
    waitingLoads.splice(0, 2).forEach((start) => start())
    if (waitingLoads.length > 0) await nextTask()
  }
}
const INTENT_EVENTS = ['pointerdown', 'keydown', 'focusin'] as const

/** Asks for the code of every part that waits for it (see above). */
export function askForDeferredCode(): void {
  if (deferredCodeWanted) return
  deferredCodeWanted = true
  for (const type of INTENT_EVENTS) document.removeEventListener(type, askForDeferredCode, true)
  void wantDeferredCode()
}
if (!import.meta.env.SSR) for (const type of INTENT_EVENTS) document.addEventListener(type, askForDeferredCode, { capture: true, passive: true })

/**
 * Code the page will want soon after it is taken over, but not to take it over: asked for with the deferred
 * parts' code (and waited for before the app calls itself ready), so that it is in hand when it is wanted,
 * even if the network has gone by then. The status bar's, which the layout shows only when there is something
 * to say (offline, an update, the install offer).
 */
export function loadAfterTakeover<T>(loader: () => Promise<T>): () => Promise<T> {
  let load: Promise<T> | undefined
  const ask = () => (load ??= loader())
  if (!import.meta.env.SSR) track(deferredTurn().then(ask).catch(() => (load = undefined)))
  return ask
}

/**
 * While prerendering, the modules of a part whose code waits are left out of the page's preload list: the build
 * lists the modules each page's render used (Vue's SSR context, read by vite-ssg), and the part's subtree is given
 * a context of its own. A module the page also uses elsewhere is still listed from there.
 */
function unlistedWhilePrerendering(component: Component): Component {
  return defineComponent({
    inheritAttrs: false,
    setup(_props, { attrs, slots }) {
      const context = inject<object | null>(ssrContextKey, null)
      if (context) provide(ssrContextKey, Object.create(context, { modules: { value: new Set<string>() } }))
      // One vnode, not a fragment: the markup is the part's own, as the browser (without this wrapper) hydrates it.
      return () => h(component, attrs, slots)
    },
  })
}

function part<T extends Component>(loader: AsyncComponentLoader<T>, hydrate: HydrationStrategy, codeWaits = false) {
  let asked: ReturnType<AsyncComponentLoader<T>> | undefined
  const tracked: AsyncComponentLoader<T> = () => {
    if (asked) return asked
    const load = codeWaits && !deferredCodeWanted ? deferredTurn().then(loader) : loader()
    asked = load
    notYetAsked.delete(tracked)
    // A failed download (offline, not cached) may be tried again by Vue.
    const settled = load.catch(() => (asked = undefined))
    track(settled)
    track(settled, loading)
    return load
  }
  notYetAsked.add(tracked)
  const component = defineAsyncComponent({ loader: tracked, hydrate })
  return import.meta.env.SSR && codeWaits ? (unlistedWhilePrerendering(component) as typeof component) : component
}

export const staticPart = <T extends Component>(loader: AsyncComponentLoader<T>) => part(loader, never, true)
export const intentPart = <T extends Component>(loader: AsyncComponentLoader<T>) => part(loader, onIntent, true)
export const pointedPart = <T extends Component>(loader: AsyncComponentLoader<T>) => part(loader, onIntentOrPointer, true)

const SlotOnly = defineComponent((_props, { slots }) => () => slots.default?.())

/**
 * Its slot hydrates in the task after its parent's. Hydration is one task per part, and the first parts a
 * page hydrates run much of Vue's code for the first time: the layout and the page in one go held a
 * 4×-slowed phone for ≈ 200 ms; apart, each is a short task. Rendered by the app itself (a page reached
 * inside the app), it shows its slot at once.
 */
export const HydrateInNextTask = defineAsyncComponent({ loader: () => Promise.resolve(SlotOnly), hydrate: inNextTask })

/**
 * Asks for the code of every part defined so far, and of the parts those define. The router calls it
 * before showing a page reached by a link inside the app: the page then renders whole at once, instead
 * of its parts appearing one by one and pushing what follows down (under the reader's focus, too).
 */
export async function loadDefinedParts(): Promise<void> {
  askForDeferredCode()
  while (notYetAsked.size > 0 || loading.size > 0) await Promise.allSettled([...[...notYetAsked].map((ask) => ask()), ...loading])
}

/** Resolves once every part on the page has its code (so each is listening for what wakes it) and those due to hydrate by themselves have. */
export async function partsReady(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending])
}
