// Child process of the benchmark: prints the milliseconds from this process's start to its first
// finished diagnosis (performance.now() counts from the process's time origin).
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { diagnose } from '../core';

diagnose([{ name: 'message', content: 'Set-DPMCredentials : Unable to find certificate with the thumbprint 8d8bddbc15d73f3c20c3faf3faab9b69075e582c on the personal machine store of machine dpm01. (ID: 33231)' }]).then(
  () => process.stdout.write(`${performance.now().toFixed(1)}\n`),
  () => process.stdout.write('NaN\n'),
);
