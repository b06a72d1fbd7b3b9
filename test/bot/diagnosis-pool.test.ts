// Diagnoses in worker threads: the compiled worker (npm test builds first) answers exactly as the
// event loop does, a job past its time limit costs its worker and not the next job, the queue is
// bounded, and a worker that cannot even start leaves the bot diagnosing in the event loop.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosisBusyError, DiagnosisTimeoutError, WorkerPool, inlineRunner, type DiagnosisJob } from '../../bot/diagnosis';
import { shippedKnowledge } from '../../core';
import { generateLog } from '../../bench/generate-log';
import { leaf, NOW, rootCa, subCa } from '../cert/fixtures';

const WORKER = join(__dirname, '..', '..', 'dist', 'bot', 'diagnosis', 'worker.js');
const TEXTS = join(__dirname, '..', 'fixtures', 'text');
const knowledge = shippedKnowledge();
const inline = inlineRunner(knowledge);

function pool(overrides: Partial<ConstructorParameters<typeof WorkerPool>[0]> = {}): WorkerPool {
  return new WorkerPool({ script: WORKER, size: 1, timeoutMs: 30_000, maxQueue: 16, maxQueuedBytes: 64 * 1024 * 1024, fallback: inline, ...overrides });
}

const job = (content: string | Uint8Array, name = 'message'): DiagnosisJob => ({ inputs: [{ name, content }], memory: [], now: NOW });

beforeAll(() => {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run "npm run build" (npm test builds before testing)`);
});

describe('diagnosis worker pool', () => {
  it('answers real texts and a certificate file exactly as the event loop does', async () => {
    const p = pool({ size: 2 });
    try {
      const root = await rootCa();
      const cert = await leaf(await subCa(root), { notAfter: new Date(NOW.getTime() - 86_400_000) });
      const jobs = [
        job(readFileSync(join(TEXTS, 'dpm-33231-console.txt'), 'utf8')),
        job(readFileSync(join(TEXTS, 'capi2-30-11-mangled.xml'), 'utf8')),
        job(readFileSync(join(TEXTS, 'schannel-36887-de.txt'), 'utf8')),
        job(Buffer.from(cert.rawData), 'dpm01.cer'),
        { ...job('Set-DPMCredentials : Unable to find certificate with the thumbprint 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e (ID: 33231)'), memory: (await inline.run(job(Buffer.from(cert.rawData), 'dpm01.cer'))).evidence },
      ];
      const pooled = await Promise.all(jobs.map((j) => p.run(j)));
      for (let i = 0; i < jobs.length; i++) {
        const expected = await inline.run(jobs[i]);
        expect(JSON.parse(JSON.stringify(pooled[i]))).toEqual(JSON.parse(JSON.stringify(expected)));
        expect(pooled[i].reply.findings.length).toBeGreaterThan(0);
      }
      expect(p.workers).toBe(2);
    } finally {
      await p.close();
    }
  });

  it('stops a job past its time limit, replaces the worker, and answers the next job', async () => {
    const events: string[] = [];
    const p = pool({ timeoutMs: 150, onEvent: (name) => events.push(name) });
    try {
      // A warm-up job: the limit counts from dispatch to a ready worker, not the worker's start-up.
      await p.run(job('0x80092013'));
      await expect(p.run(job(generateLog(5 * 1024 * 1024)))).rejects.toBeInstanceOf(DiagnosisTimeoutError);
      expect(events).toEqual(['worker-replaced']);
      const next = await p.run(job('Set-DPMCredentials : Unable to find certificate with the thumbprint 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e (ID: 33231)'));
      expect(next.reply.findings[0].id).toMatch(/dpm/);
    } finally {
      await p.close();
    }
  });

  it('sends the jobs queued behind a stopped one to the replacement worker, and answers them', async () => {
    const p = pool({ timeoutMs: 150 });
    try {
      await p.run(job('0x80092013'));
      const [slow, a, b] = await Promise.allSettled([p.run(job(generateLog(5 * 1024 * 1024))), p.run(job('0x80092012')), p.run(job('0x800b0109'))]);
      expect(slow).toMatchObject({ status: 'rejected', reason: expect.any(DiagnosisTimeoutError) });
      expect(a).toMatchObject({ status: 'fulfilled', value: { reply: { decoded: [{ hex: '0x80092012' }] } } });
      expect(b).toMatchObject({ status: 'fulfilled', value: { reply: { decoded: [{ hex: '0x800B0109' }] } } });
    } finally {
      await p.close();
    }
  });

  it('refuses jobs beyond its queue instead of queueing without end', async () => {
    const p = pool({ maxQueue: 1 });
    try {
      // The worker is still loading: the first job waits in the queue, the second finds it full.
      const first = p.run(job('0x80092013'));
      await expect(p.run(job('0x80092012'))).rejects.toBeInstanceOf(DiagnosisBusyError);
      expect((await first).reply.decoded[0].hex).toBe('0x80092013');
    } finally {
      await p.close();
    }
  });

  it('refuses a job whose input would take the waiting bytes past the bound, but never the only one', async () => {
    const p = pool({ maxQueuedBytes: 1024 * 1024 });
    try {
      const big = new Uint8Array(700 * 1024);
      const first = p.run(job(big, 'one.log'));
      await expect(p.run(job(big, 'two.log'))).rejects.toBeInstanceOf(DiagnosisBusyError);
      const small = p.run(job('0x80092013'));
      await first;
      expect((await small).reply.decoded[0].hex).toBe('0x80092013');
    } finally {
      await p.close();
    }
  });

  it('falls back to the event loop when workers keep dying at start-up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'certsleuth-worker-'));
    const broken = join(dir, 'broken-worker.js');
    writeFileSync(broken, "throw new Error('broken build');\n");
    const events: string[] = [];
    const p = pool({ script: broken, onEvent: (name) => events.push(name) });
    try {
      const answer = await p.run(job('0x80092013'));
      expect(answer.reply.decoded[0].hex).toBe('0x80092013');
      expect(events).toContain('workers-failing');
      expect(p.workers).toBe(0);
    } finally {
      await p.close();
    }
  });

  it('rejects what is still waiting when closed', async () => {
    const p = pool();
    const waiting = p.run(job('0x80092013')).catch((err: Error) => err);
    await p.close();
    expect(await waiting).toEqual(new Error('diagnosis pool closed'));
    await expect(p.run(job('0x80092013'))).rejects.toThrow('closed');
  });
});
