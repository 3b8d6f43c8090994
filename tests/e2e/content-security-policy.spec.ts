import { expect, test } from './fixtures.ts';
import { ARTICLE_PATH, gotoReady } from './helpers.ts';

test.describe('the Content-Security-Policy', () => {
  test.use({ violationsExpected: true });

  test('is in every page and refuses inline script and connections elsewhere', async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) => void (window as unknown as { reportViolation: (d: string) => void }).reportViolation(event.effectiveDirective)),
    );
    await gotoReady(page, ARTICLE_PATH);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');

    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
      let connected = true;
      try {
        await fetch('https://example.org/');
      } catch {
        connected = false;
      }
      return { inline: (window as unknown as { __inline?: boolean }).__inline === true, connected };
    });
    // (eval cannot be tried from here: the test driver's own evaluation is exempt; the policy has no 'unsafe-eval'.)
    expect(ran).toEqual({ inline: false, connected: false });
    await expect.poll(() => [...new Set(violations)].sort()).toEqual(['connect-src', 'script-src-elem']);
  });
});
