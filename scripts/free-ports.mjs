// Free TCP ports on 127.0.0.1, for the static servers of the browser tests and the benchmark: a developer's
// dev server or preview may hold 4173 or 5173 (or any fixed port) while the tests run.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** `count` distinct ports that were free a moment ago (the system hands them out; none is reused at once). */
export async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

/** The same, synchronously (for a config file that cannot wait): asked of a short-lived Node process. */
export function freePortsSync(count) {
  const script = `import(${JSON.stringify(import.meta.url)}).then(({ freePorts }) => freePorts(${count})).then((p) => console.log(p.join(' ')))`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const ports = result.stdout.trim().split(' ').map(Number);
  if (result.status !== 0 || ports.length !== count || ports.some((p) => !Number.isInteger(p) || p <= 0)) {
    throw new Error(`could not find ${count} free ports: ${result.stderr || result.stdout}`);
  }
  return ports;
}

/**
 * The ports of the browser tests' two static servers: the published site and the test-only site.
 * TALLY_E2E_PORT chooses the first (the test site then takes the next, unless TALLY_E2E_TEST_SITE_PORT
 * says otherwise); unset, free ones are found. Either way they are written to the environment, so
 * that Playwright's worker processes, which evaluate the config again, get the same ports.
 */
export function e2ePorts() {
  let site = Number(process.env.TALLY_E2E_PORT);
  let testSite = Number(process.env.TALLY_E2E_TEST_SITE_PORT);
  if (!site) {
    [site, testSite] = freePortsSync(2);
  } else if (!testSite) {
    testSite = site + 1;
  }
  process.env.TALLY_E2E_PORT = String(site);
  process.env.TALLY_E2E_TEST_SITE_PORT = String(testSite);
  return { site, testSite };
}
