// The entry point. A prerendered page is already readable, so the browser paints it first; the app's
// code is fetched and started after that, in steps short enough to keep the page responsive. (Preloading
// it sooner was measured to delay the first paint on a throttled mobile connection: docs/performance.md.)

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

async function start() {
  // React's DOM renderer is the largest module: it is evaluated in a task of its own.
  await import('./react-dom-client.ts');
  await nextTask();
  await import('./boot.tsx');
}

// Two frames: the first paint has been presented before the app's code is even requested.
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => void start())));
