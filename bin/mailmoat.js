#!/usr/bin/env node
// Entry point of the `mailmoat` command: loads the TypeScript sources through tsx,
// so the package runs from a checkout or an npm install without a build step.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// Regular expressions compiled to machine code from the start. By default V8 runs a pattern in its
// bytecode interpreter first and compiles it after a use, and goes back to the interpreter when a
// match has to be restarted (the subject string moved or changed representation). In the gateway
// the checks' large phrase patterns ran at the interpreter's speed on long texts time and again
// (10-65 µs per character instead of 0.1): one of them took 13.8 s of CPU over the 2921 messages of
// `bench/throughput.ts --corpus` instead of 0.7 s, the gateway 21 ms of CPU per message instead of
// 13. Set before any pattern runs.
setFlagsFromString('--no-regexp-tier-up');
register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
