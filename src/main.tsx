// The entry point, written into each built page as an inline script (decision 22). A prerendered page is
// already readable, so the browser paints it first; the app's code is requested only after that paint has
// been presented, and started in steps short enough to keep the page responsive. (Requesting it sooner was
// measured to delay the first paint on a throttled mobile connection: docs/performance.md.)

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

async function start() {
  // React's DOM renderer is the largest module: it is evaluated in a task of its own.
  await import('./react-dom-client.ts');
  await nextTask();
  await import('./boot.tsx');
}

/**
 * Then a frame and a task after the browser reports the page's first paint; where it reports none, and on the
 * dev server (whose page has nothing to paint before its scripts bring the styles), two frames.
 */
function afterFirstPaint(then: () => void) {
  const later = () => requestAnimationFrame(() => setTimeout(then));
  if (import.meta.env.DEV || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return void requestAnimationFrame(later);
  if (performance.getEntriesByType('paint').length > 0) return later();
  const observer = new PerformanceObserver(() => {
    observer.disconnect();
    later();
  });
  observer.observe({ type: 'paint' });
}

afterFirstPaint(() => void start());
