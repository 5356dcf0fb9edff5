#!/usr/bin/env -S node --no-regexp-tier-up
// Entry point of the `mailmoat` command: loads the TypeScript sources through tsx,
// so the package runs from a checkout or an npm install without a build step.
//
// The gateway is started with V8's --no-regexp-tier-up (this line's shebang, `npm start`, the
// Dockerfile, deploy/mailmoat.service), so that regular expressions are compiled to machine code
// from the start. By default V8 runs a pattern in its bytecode interpreter first and compiles it
// after a use, and goes back to the interpreter when a match has to be restarted. In the gateway
// the checks' large phrase patterns then ran at the interpreter's speed on long texts time and again
// (10-65 µs per character instead of 0.1): one of them took 13.8 s of CPU over the 2921 messages of
// `bench/throughput.ts --corpus` instead of 0.7 s, the gateway 21 ms of CPU per message instead of
// 13. It must be given on the command line: set from inside a running process
// (v8.setFlagsFromString) it crashed `mailmoat train` and `classify` with SIGSEGV now and then, as
// patterns compiled before it met the changed flag. Without it the gateway works the same, slower.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
