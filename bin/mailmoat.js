#!/usr/bin/env node
// Entry point of the `mailmoat` command: loads the TypeScript sources through tsx,
// so the package runs from a checkout or an npm install without a build step.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// Regular expressions compiled to machine code from the start, and kept so. By default V8 first
// interprets a pattern and compiles it after a use; when a match is interrupted (a garbage
// collection that moves the text), it restarts the match in the interpreter and compiles again.
// The checks' phrase patterns are large and run over whole messages: in the gateway one of them
// then took 13.8 s of CPU over the 2921 messages of bench/throughput.ts --corpus instead of 0.7 s,
// and the whole gateway 21 ms of CPU per message instead of 13. Set before any pattern is compiled.
setFlagsFromString('--no-regexp-tier-up');
register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
