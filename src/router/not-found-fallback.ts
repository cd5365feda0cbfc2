/**
 * A static host serves 404.html for any unknown address. Its markup was
 * rendered for /404, not for the address in the bar, so hydrating it would
 * mismatch; the app renders such a page afresh instead.
 */
export function discardMismatchedPrerender(base: string, container: HTMLElement | null): void {
  const renderedFor = document.querySelector('meta[name="app-prerendered-path"]')?.getAttribute('content')
  if (!container || renderedFor === null || renderedFor === undefined) return
  const current = `/${window.location.pathname.slice(base.length)}`.replace(/\/+$/, '') || '/'
  const rendered = renderedFor.replace(/\/+$/, '') || '/'
  if (decodeURI(current) !== rendered) container.replaceChildren()
}
