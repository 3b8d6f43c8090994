// Whether the app has settled in the page. Until then (while rendering at build time, and while
// hydrating) everything is drawn at once, so the markup matches the prerendered HTML; afterwards, a
// panel opened by the reader may draw its lower parts a moment later, keeping the click responsive.
// NOTE: read it where the page is hydrated in its first pass (the Reader), not inside a Suspense
// boundary, which may hydrate after the app has settled.
let settled = false;

/** Called once the app has hydrated (or rendered) for the first time. */
export function markSettled(): void {
  settled = true;
}

/** True after the first commit in the browser; never true at build time. */
export function hasSettled(): boolean {
  return settled;
}
