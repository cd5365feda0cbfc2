/**
 * What the reader did before the app arrived (recorded by ./start-app.js), played back once the app
 * has taken the page over: form controls get the value or choice the reader gave them (hydration
 * sets them from the app's state, which knew nothing of it) and announce the change, so the app
 * acts on it; presses are pressed again. A part of the page still asleep (lazy hydration) wakes on
 * the replayed event and handles it as if it were the reader's.
 */
interface EarlyEvent {
  type: 'click' | 'input' | 'change'
  target: Element
  value?: string
  checked?: boolean
}

type BootWindow = Window & { __earlyEvents?: EarlyEvent[]; __appAwake?: boolean }

export function replayEarlyEvents(): void {
  const boot = window as BootWindow
  boot.__appAwake = true
  const events = boot.__earlyEvents ?? []
  boot.__earlyEvents = []
  // A control's last state is what the reader left it in; its events are replayed once, in order of last change.
  const lastOfControl = new Map<Element, EarlyEvent>()
  for (const event of events) if (event.type !== 'click') lastOfControl.set(event.target, event)
  for (const event of events) {
    if (!event.target.isConnected) continue
    // A part still asleep wakes as a finger reaches it (src/components/hydration.ts); waking sets its controls
    // from the app's state, so the reader's state is given back after it.
    event.target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    if (event.type === 'click') {
      event.target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
      continue
    }
    if (lastOfControl.get(event.target) !== event) continue
    const control = event.target as HTMLInputElement
    if (control.type === 'radio' || control.type === 'checkbox') control.checked = Boolean(event.checked)
    else control.value = event.value ?? ''
    // v-model listens to `input` on a text field and to `change` on a choice: say both.
    control.dispatchEvent(new Event('input', { bubbles: true }))
    control.dispatchEvent(new Event('change', { bubbles: true }))
  }
}
