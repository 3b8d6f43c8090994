import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);

// find* queries give up after this long. One second (the default) is too short for a lazily loaded panel on a
// busy two-core machine; a query still returns as soon as what it looks for is there.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: answer width queries from window.innerWidth (1024 by default, a wide screen).
if (typeof window !== 'undefined' && !('matchMedia' in window && typeof window.matchMedia === 'function')) {
  window.matchMedia = (query: string) => {
    const minWidth = /min-width:\s*(\d+)px/.exec(query);
    const matches = minWidth ? window.innerWidth >= Number(minWidth[1]) : false;
    return {
      matches,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    } as MediaQueryList;
  };
}

// The panels' code loads on demand; compiled on first use inside a test, it can take longer on a loaded
// machine than Testing Library's one-second wait. Compiled here, before any test.
await import('../src/app/panels.ts');
