// The messages between the bot and its diagnosis workers (structured-cloned, so plain data only).
import type { Evidence, Input, Reply } from '../../core';

export interface JobMessage {
  id: number;
  inputs: Input[];
  memory: Evidence[];
  /** The turn's clock, milliseconds since the epoch. */
  now: number;
}

export type ResultMessage = { id: number; ok: true; reply: Reply; evidence: Evidence[] } | { id: number; ok: false; error: string };

/** Sent once the worker has loaded the knowledge: jobs (and their time limit) start after it. */
export interface ReadyMessage {
  ready: true;
}

export type WorkerMessage = ResultMessage | ReadyMessage;
