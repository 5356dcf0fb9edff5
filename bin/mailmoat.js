#!/usr/bin/env node
// Entry point of the `mailmoat` command: loads the TypeScript sources through tsx,
// so the package runs from a checkout or an npm install without a build step.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
