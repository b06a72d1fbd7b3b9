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
  /**
   * Most input bytes waiting (attachments are up to 10 MB each): a job that would go past it is refused
   * with DiagnosisBusyError too, unless nothing else waits.
   */
  maxQueuedBytes: number;
  /** Where jobs go once workers keep dying on their own (a broken build): the event loop. */
  fallback: DiagnosisRunner;
  /** Named events for the log (never job content). */
  onEvent?: (name: 'worker-replaced' | 'workers-failing', fields: Record<string, string | number>) => void;
}

interface Pending {
  message: JobMessage;
  /** The inputs' size, counted against maxQueuedBytes while the job waits in the pool's queue. */
  bytes: number;
  resolve(result: DiagnosisResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded the knowledge (its start-up is not counted against a job's time). */
  ready: boolean;
  /** Jobs sent to this worker, in the order it runs them; the first is running. */
  jobs: Pending[];
  /** The running job's time limit. */
  timer?: NodeJS.Timeout;
}

/** Workers lost in a row, without a job finishing in between, before the pool gives up on them. */
const MAX_CONSECUTIVE_LOSSES = 5;
/**
 * Jobs handed to one worker ahead of time. A worker that finds its next job already waiting goes on
 * without being woken, and on a machine with few cores each wake-up costs the event loop its core
 * for a moment; a few ahead keep the worker busy without tying jobs to a worker for long.
 */
const AHEAD = 4;

export class WorkerPool implements DiagnosisRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private queuedBytes = 0;
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
    const bytes = job.inputs.reduce((n, i) => n + (typeof i.content === 'string' ? i.content.length * 2 : i.content.byteLength), 0);
    if (this.queue.length >= this.options.maxQueue) return Promise.reject(new DiagnosisBusyError());
    if (this.queue.length && this.queuedBytes + bytes > this.options.maxQueuedBytes) return Promise.reject(new DiagnosisBusyError());
    return new Promise((resolve, reject) => {
      this.queue.push({ message: { id: this.nextId++, inputs: job.inputs, memory: job.memory, now: job.now.getTime() }, bytes, resolve, reject });
      this.queuedBytes += bytes;
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const closed = () => new Error('diagnosis pool closed');
    for (const p of this.takeQueue()) p.reject(closed());
    await Promise.all(
      this.slots.map((slot) => {
        for (const p of this.takeJobs(slot)) p.reject(closed());
        slot.worker.removeAllListeners();
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.script);
    // A pool nobody closed must not keep the process alive; open requests do that while they last.
    worker.unref();
    const slot: Slot = { worker, ready: false, jobs: [] };
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

  /** Hands waiting jobs to ready workers, the least loaded first, up to AHEAD each. */
  private dispatch(): void {
    while (this.queue.length) {
      let slot: Slot | undefined;
      for (const s of this.slots) if (s.ready && s.jobs.length < AHEAD && (!slot || s.jobs.length < slot.jobs.length)) slot = s;
      if (!slot) return;
      const job = this.queue.shift()!;
      this.queuedBytes -= job.bytes;
      slot.jobs.push(job);
      slot.worker.postMessage(job.message);
      if (slot.jobs.length === 1) this.startClock(slot);
    }
  }

  /** The worker runs its jobs one after another: the limit of the first starts when it does. */
  private startClock(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = slot.jobs.length ? setTimeout(() => this.timedOut(slot), this.options.timeoutMs) : undefined;
  }

  private requeue(jobs: Pending[]): void {
    this.queue.unshift(...jobs);
    for (const j of jobs) this.queuedBytes += j.bytes;
  }

  private takeQueue(): Pending[] {
    this.queuedBytes = 0;
    return this.queue.splice(0);
  }

  /** Takes every job off a worker (and its clock), running one first. */
  private takeJobs(slot: Slot): Pending[] {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    return slot.jobs.splice(0);
  }

  private finished(slot: Slot, m: ResultMessage): void {
    if (slot.jobs[0]?.message.id !== m.id) return;
    const job = slot.jobs.shift()!;
    this.startClock(slot);
    this.losses = 0;
    if (m.ok) job.resolve({ reply: m.reply, evidence: m.evidence });
    else job.reject(new Error(`diagnosis failed in a worker (${m.error})`));
    this.dispatch();
  }

  private timedOut(slot: Slot): void {
    const [running, ...waiting] = this.takeJobs(slot);
    running?.reject(new DiagnosisTimeoutError(this.options.timeoutMs));
    // The jobs behind it never ran: they go back to the front of the line, for the other workers.
    this.requeue(waiting);
    this.replace(slot, 'timeout');
  }

  private lost(slot: Slot, why: string): void {
    if (this.closed) return;
    const [running, ...waiting] = this.takeJobs(slot);
    running?.reject(new Error(`diagnosis worker stopped (${why})`));
    this.requeue(waiting);
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
      this.requeue(this.takeJobs(slot));
      slot.worker.removeAllListeners();
      void slot.worker.terminate();
    }
    for (const p of this.takeQueue()) {
      const { inputs, memory, now } = p.message;
      this.options.fallback.run({ inputs, memory, now: new Date(now) }).then(p.resolve, p.reject);
    }
  }
}
