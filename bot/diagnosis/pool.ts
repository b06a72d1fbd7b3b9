// Diagnosis in worker threads. The diagnosis is pure CPU work: in the event loop, a 5 MB log (half a
// second) would stall every other conversation, the health check and Slack's 3-second acknowledgement
// with it, and an input that drove a pattern into runaway backtracking would stall them for good.
// Here the event loop only parses, renders and answers; each worker holds its own copy of the
// knowledge and takes one job at a time. A job past the time limit has its worker terminated and
// replaced, so one bad input costs one answer, not the bot. Jobs wait in a bounded queue.
import { Worker } from 'node:worker_threads';
import type { JobMessage, ResultMessage, WorkerMessage } from './protocol';
import { DiagnosisBusyError, DiagnosisTimeoutError, type DiagnosisJob, type DiagnosisResult, type DiagnosisRunner } from './runner';

export interface PoolOptions {
  /** The compiled worker entry (worker.js). */
  script: string;
  size: number;
  timeoutMs: number;
  /** Most jobs waiting for a worker; more are refused with DiagnosisBusyError. */
  maxQueue: number;
  /** Where jobs go once workers keep dying on their own (a broken build): the event loop. */
  fallback: DiagnosisRunner;
  /** Named events for the log (never job content). */
  onEvent?: (name: 'worker-replaced' | 'workers-failing', fields: Record<string, string | number>) => void;
}

interface Pending {
  message: JobMessage;
  resolve(result: DiagnosisResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded the knowledge (its start-up is not counted against a job's time). */
  ready: boolean;
  job?: Pending;
  timer?: NodeJS.Timeout;
}

/** Workers lost in a row, without a job finishing in between, before the pool gives up on them. */
const MAX_CONSECUTIVE_LOSSES = 5;

export class WorkerPool implements DiagnosisRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private losses = 0;
  private closed = false;
  private failing = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  get workers(): number {
    return this.failing ? 0 : this.slots.length;
  }

  run(job: DiagnosisJob): Promise<DiagnosisResult> {
    if (this.closed) return Promise.reject(new Error('diagnosis pool closed'));
    if (this.failing) return this.options.fallback.run(job);
    if (this.queue.length >= this.options.maxQueue) return Promise.reject(new DiagnosisBusyError());
    return new Promise((resolve, reject) => {
      this.queue.push({ message: { id: this.nextId++, inputs: job.inputs, memory: job.memory, now: job.now.getTime() }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('diagnosis pool closed'));
    await Promise.all(
      this.slots.map((slot) => {
        this.settle(slot)?.reject(new Error('diagnosis pool closed'));
        slot.worker.removeAllListeners();
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.script);
    // A pool nobody closed must not keep the process alive; open requests do that while they last.
    worker.unref();
    const slot: Slot = { worker, ready: false };
    worker.on('message', (m: WorkerMessage) => {
      if ('ready' in m) {
        slot.ready = true;
        this.dispatch();
      } else this.finished(slot, m);
    });
    worker.on('error', () => this.lost(slot, 'error'));
    worker.on('exit', (code) => this.lost(slot, `exit ${code}`));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job || !this.queue.length) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => this.timedOut(slot), this.options.timeoutMs);
      slot.worker.postMessage(job.message);
    }
  }

  /** Takes the slot's job off it (and its timer), returning it. */
  private settle(slot: Slot): Pending | undefined {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    return job;
  }

  private finished(slot: Slot, m: ResultMessage): void {
    if (slot.job?.message.id !== m.id) return;
    const job = this.settle(slot)!;
    this.losses = 0;
    if (m.ok) job.resolve({ reply: m.reply, evidence: m.evidence });
    else job.reject(new Error(`diagnosis failed in a worker (${m.error})`));
    this.dispatch();
  }

  private timedOut(slot: Slot): void {
    this.settle(slot)?.reject(new DiagnosisTimeoutError(this.options.timeoutMs));
    this.replace(slot, 'timeout');
  }

  private lost(slot: Slot, why: string): void {
    if (this.closed) return;
    this.settle(slot)?.reject(new Error(`diagnosis worker stopped (${why})`));
    if (++this.losses >= MAX_CONSECUTIVE_LOSSES) {
      this.giveUp();
      return;
    }
    this.replace(slot, why);
  }

  private replace(slot: Slot, why: string): void {
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    const at = this.slots.indexOf(slot);
    if (this.closed || at < 0) return;
    this.slots[at] = this.spawn();
    this.options.onEvent?.('worker-replaced', { reason: why });
    this.dispatch();
  }

  private giveUp(): void {
    this.failing = true;
    this.options.onEvent?.('workers-failing', { losses: this.losses });
    for (const slot of this.slots) {
      this.settle(slot)?.reject(new Error('diagnosis worker stopped'));
      slot.worker.removeAllListeners();
      void slot.worker.terminate();
    }
    for (const p of this.queue.splice(0)) {
      const { inputs, memory, now } = p.message;
      this.options.fallback.run({ inputs, memory, now: new Date(now) }).then(p.resolve, p.reject);
    }
  }
}
