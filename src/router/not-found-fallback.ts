/**
 * The address of the page a built file holds: /ja/goals/goal-1.html is /ja/goals/goal-1, /index.html is /.
 * A static host serves a page under its file's name too (a link copied from a file listing, an old bookmark).
 */
export function withoutFileName(path: string): string {
  return path.replace(/(?:\/index)?\.html$/i, '') || '/'
}

/**
 * A static host serves 404.html for any unknown address. Its markup was
 * rendered for /404, not for the address in the bar, so hydrating it would
 * mismatch; the app renders such a page afresh instead.
 */
export function discardMismatchedPrerender(base: string, container: HTMLElement | null): void {
  const renderedFor = document.querySelector('meta[name="app-prerendered-path"]')?.getAttribute('content')
  if (!container || renderedFor === null || renderedFor === undefined) return
  const current = withoutFileName(`/${window.location.pathname.slice(base.length)}`).replace(/\/+$/, '') || '/'
  const rendered = renderedFor.replace(/\/+$/, '') || '/'
  if (decodeURI(current) !== rendered) container.replaceChildren()
}
