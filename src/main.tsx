// The entry point. A prerendered page is already readable, so the browser paints it first; the app's
// code is fetched and started in the frame after. (Preloading it sooner was measured to delay the first
// paint on a throttled mobile connection: see docs/performance.md.)
function start() {
  // A page prerendered with a panel open needs the panel's code too: both are fetched at once.
  if (document.getElementById('comparison')) void import('./app/panels.ts');
  void import('./boot.tsx');
}

// Two frames: the first paint has been presented before the app's code is even requested.
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)));
