// Picks where the bot's diagnoses run: worker threads when the compiled worker is there and the
// knowledge is the shipped one (a worker loads its own copy), otherwise the event loop.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Knowledge } from '../../core';
import type { Log } from '../log';
import { WorkerPool } from './pool';
import { inlineRunner, type DiagnosisRunner } from './runner';

export { DiagnosisBusyError, DiagnosisTimeoutError, inlineRunner, type DiagnosisJob, type DiagnosisResult, type DiagnosisRunner } from './runner';
export { WorkerPool } from './pool';

export interface RunnerSettings {
  /** Worker threads; 0 runs every diagnosis in the event loop. */
  workers: number;
  timeoutMs: number;
  /** The knowledge is the shipped one (workers can load it themselves). */
  shippedKnowledge: boolean;
}

/** The compiled worker entry beside this module (absent when running from TypeScript sources). */
export const WORKER_SCRIPT = join(__dirname, 'worker.js');

const MAX_QUEUE = 256;
/** Four 10 MB attachments' worth of waiting input, and a little more. */
const MAX_QUEUED_BYTES = 48 * 1024 * 1024;

export function createDiagnosisRunner(knowledge: Knowledge, settings: RunnerSettings, log: Log): DiagnosisRunner {
  const inline = inlineRunner(knowledge);
  if (settings.workers <= 0 || !settings.shippedKnowledge || !existsSync(WORKER_SCRIPT)) return inline;
  return new WorkerPool({
    script: WORKER_SCRIPT,
    size: settings.workers,
    timeoutMs: settings.timeoutMs,
    maxQueue: MAX_QUEUE,
    maxQueuedBytes: MAX_QUEUED_BYTES,
    fallback: inline,
    onEvent: (name, fields) => log.error(`diagnosis-${name}`, fields),
  });
}
