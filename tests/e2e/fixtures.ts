// Every end-to-end test runs under a guard: a Content-Security-Policy violation or an uncaught error in any
// page of the test fails it.
import { expect, test as base } from '@playwright/test';

export const test = base.extend<{ guard: void; violationsExpected: boolean }>({
  /** Set by the tests that provoke violations on purpose, to check the policy itself. */
  violationsExpected: [false, { option: true }],
  guard: [
    async ({ context, violationsExpected }, use) => {
      const problems: string[] = [];
      context.on('console', (message) => {
        if (/Content[- ]Security[- ]Policy|Refused to (execute|load|apply|connect)/i.test(message.text())) problems.push(message.text());
      });
      context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
      await use();
      if (!violationsExpected) expect(problems, 'CSP violations and uncaught errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
