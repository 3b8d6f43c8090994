#!/usr/bin/env node
// `npx tally …`: Tally's command line. Its code is TypeScript shared with the site; tsx compiles it as it
// loads, so the command works straight after `npm ci`, with no build step (docs/decisions/0011-cli-runs-typescript.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../scripts/cli/tally.ts');
process.exitCode = await main(process.argv.slice(2));
