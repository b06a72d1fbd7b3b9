// Where the bot runs the core's diagnosis: what a turn hands over and gets back, whether the work
// runs in the event loop (inline) or in worker threads (pool.ts).
import { diagnose, type Evidence, type Input, type Knowledge, type Reply } from '../../core';

export interface DiagnosisJob {
  inputs: Input[];
  /** Evidence remembered from earlier turns of the conversation. */
  memory: Evidence[];
  now: Date;
}

export interface DiagnosisResult {
  reply: Reply;
  /** This turn's evidence, to remember for the next turns. */
  evidence: Evidence[];
}

export interface DiagnosisRunner {
  /** Worker threads diagnosing; 0 when diagnoses run in the event loop. */
  readonly workers: number;
  run(job: DiagnosisJob): Promise<DiagnosisResult>;
  close(): Promise<void>;
}

/** The input took longer than the time limit: the diagnosis was stopped, not the bot. */
export class DiagnosisTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`diagnosis stopped after ${limitMs} ms`);
    this.name = 'DiagnosisTimeoutError';
  }
}

/** Too many diagnoses waiting already: the turn is refused rather than queued without end. */
export class DiagnosisBusyError extends Error {
  constructor() {
    super('too many diagnoses waiting');
    this.name = 'DiagnosisBusyError';
  }
}

/** Runs the diagnosis in the event loop: for tests, custom knowledge, and when workers are off. */
export function inlineRunner(knowledge: Knowledge): DiagnosisRunner {
  return {
    workers: 0,
    async run(job) {
      const { reply, intake } = await diagnose(job.inputs, { knowledge, memory: job.memory, now: job.now });
      return { reply, evidence: intake.evidence };
    },
    async close() {},
  };
}
