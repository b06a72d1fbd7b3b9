#!/usr/bin/env node
// certsleuth — the command line face of the diagnostic core.
//
//   certsleuth diagnose [FILE…] [--json] [--lang en|de]   diagnose files and/or standard input
//   certsleuth explain CODE                              decode an error code in any notation
//   certsleuth knowledge lint|stats                      check the knowledge graph, count it
//
// Exit status: 0 when it answered (also with no findings), 1 when an input could not be read,
// 2 on usage errors. It never prints a stack trace.
import 'reflect-metadata';
import { runCli } from './run';

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdinIsTTY: Boolean(process.stdin.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('certsleuth: an internal error stopped the command.\n');
    process.exitCode = 1;
  },
);
