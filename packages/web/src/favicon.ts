/**
 * The page's icon: a small document with a tick, as an SVG data URL added to the head, so no
 * request is made for it (both pages' CSP allow `img-src data:`).
 */
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="5" y="2" width="22" height="28" rx="3" fill="#b91c1c"/><path d="M10 9h12M10 14h12M10 19h6" stroke="#fff" stroke-width="2" stroke-linecap="round"/><path d="M17 23l3 3 5-6" fill="none" stroke="#fde68a" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>'

export const FAVICON = `data:image/svg+xml,${encodeURIComponent(SVG)}`

export function addFavicon(doc: Document): void {
  if (doc.head.querySelector('link[rel="icon"]')) return
  const link = doc.createElement('link')
  link.rel = 'icon'
  link.type = 'image/svg+xml'
  link.href = FAVICON
  doc.head.append(link)
}
