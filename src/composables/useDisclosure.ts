import { computed, onMounted, onUnmounted, shallowRef, type ShallowRef } from 'vue'
import { useRouter } from 'vue-router'
import { useHydrated } from './useHydrated'

/** The header's disclosures now open: opening one closes the others (they drop over the same place). */
const openDisclosures = new Set<() => void>()

/** What a control in a disclosure's panel can take focus as: the first one gets it when the panel opens. */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled])'

/**
 * A `<details>` that works as a menu button once the app runs. Without JavaScript the browser opens and
 * closes it, and every link in it is a plain link; with the app, the summary says whether it is expanded
 * (`aria-expanded`, joined after hydration so the prerendered markup matches), focus moves into the panel
 * as it opens, Escape closes it and gives focus back to the summary, and focus or a press leaving it, or a
 * navigation, closes it. It is not modal: nothing traps focus, and the page under it stays reachable.
 */
export function useDisclosure(details: Readonly<ShallowRef<HTMLDetailsElement | null>>) {
  const open = shallowRef(false)
  const hydrated = useHydrated()
  const router = useRouter()

  function close(giveFocusBack: boolean): void {
    const element = details.value
    if (!element?.open) return
    element.open = false
    if (giveFocusBack) element.querySelector('summary')?.focus()
  }
  const closeQuietly = () => close(false)

  function onPressOutside(event: PointerEvent): void {
    if (event.target instanceof Node && !details.value?.contains(event.target)) closeQuietly()
  }

  /** Follows the element's state; `moveFocus` when the reader has just opened it. */
  function follow(moveFocus: boolean): void {
    const element = details.value
    if (!element) return
    open.value = element.open
    if (element.open) {
      openDisclosures.forEach((closeOther) => closeOther !== closeQuietly && closeOther())
      openDisclosures.add(closeQuietly)
      document.addEventListener('pointerdown', onPressOutside)
      if (moveFocus) element.querySelector<HTMLElement>(`summary ~ * :is(${FOCUSABLE})`)?.focus()
    } else {
      openDisclosures.delete(closeQuietly)
      document.removeEventListener('pointerdown', onPressOutside)
    }
  }
  const onToggle = () => follow(true)

  function onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !details.value?.open) return
    event.preventDefault()
    close(true)
  }

  function onFocusOut(event: FocusEvent): void {
    // Focus that leaves for nowhere (the window lost it) leaves the panel as it was.
    if (event.relatedTarget instanceof Node && !details.value?.contains(event.relatedTarget)) closeQuietly()
  }

  let removeAfterEach: (() => void) | undefined
  onMounted(() => {
    // Opened before the app took the page over: the browser did it, and the state follows. Focus stays where
    // the reader has taken it since (moving it now would pull it back from a link they have tabbed on to).
    if (details.value?.open) follow(false)
    removeAfterEach = router.afterEach(closeQuietly)
  })
  onUnmounted(() => {
    removeAfterEach?.()
    openDisclosures.delete(closeQuietly)
    document.removeEventListener('pointerdown', onPressOutside)
  })

  return {
    /** For the summary's `aria-expanded`: absent until the app runs (the browser then says it itself). */
    expanded: computed(() => (hydrated.value ? open.value : undefined)),
    onToggle,
    onKeydown,
    onFocusOut,
  }
}
