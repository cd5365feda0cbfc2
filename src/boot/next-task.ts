/**
 * Ends the current task and resumes in a new one, so the browser can paint and answer the reader in
 * between: the app starts as a series of short tasks instead of one long one (a long task is what a
 * phone's reader feels as a page that does not answer, and what Lighthouse counts as blocking time).
 * `scheduler.yield()` resumes ahead of other queued work; where it is missing, a message to ourselves
 * is the quickest new task (setTimeout is clamped to 4 ms once nested).
 */
type SchedulerWithYield = { yield?: () => Promise<void> }

export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resume) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resume()
    channel.port2.postMessage(null)
  })
}
