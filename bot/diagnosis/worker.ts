// A diagnosis worker thread: loads the shipped knowledge once, then diagnoses each job it is sent.
// Only the core runs here; what it returns (reply model and evidence) is plain data.
import 'reflect-metadata'; // before anything that loads @peculiar/x509 (tsyringe needs it)
import { parentPort } from 'node:worker_threads';
import { diagnose, shippedKnowledge, type Evidence, type Input } from '../../core';
import type { JobMessage, ReadyMessage, ResultMessage } from './protocol';

const knowledge = shippedKnowledge();

/** Buffers arrive as plain Uint8Arrays after the copy between threads; the readers want Buffers. */
function asBuffer(input: Input): Input {
  return typeof input.content === 'string' ? input : { name: input.name, content: Buffer.from(input.content.buffer, input.content.byteOffset, input.content.byteLength) };
}

async function run(job: JobMessage): Promise<void> {
  let message: ResultMessage;
  try {
    const { reply, intake } = await diagnose(job.inputs.map(asBuffer), { knowledge, memory: job.memory as Evidence[], now: new Date(job.now) });
    message = { id: job.id, ok: true, reply, evidence: intake.evidence };
  } catch (err) {
    // The error's name only: its message can quote the input.
    message = { id: job.id, ok: false, error: (err as Error)?.name ?? 'Error' };
  }
  try {
    parentPort?.postMessage(message);
  } catch (err) {
    // A reply that cannot be copied between threads is a bug, not a reason to leave the job unanswered.
    parentPort?.postMessage({ id: job.id, ok: false, error: (err as Error)?.name ?? 'Error' } satisfies ResultMessage);
  }
}

// One job at a time, in the order sent, even when a diagnosis awaits (certificate parsing does): the
// pool times the job at the head of this worker's line, and jobs queued behind it must not run yet.
let line = Promise.resolve();
parentPort?.on('message', (job: JobMessage) => {
  line = line.then(() => run(job));
});

parentPort?.postMessage({ ready: true } satisfies ReadyMessage);
