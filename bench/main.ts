// npm run bench: the speed and memory figures the issues set targets for, measured in one process
// (plus child processes for cold start and the CLI), printed as a table. Figures, not assertions:
// the targets are printed beside them so a reader sees the margin.
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diagnose } from '../core';
import type { Input } from '../core/model/evidence';
import { defaultKnowledge } from '../knowledge/files';
import { analyseCertificate } from '../core/cert/analyse';
import { buildIndexFromDocuments, documentsOf } from '../core/nlp';
import { generateLog } from './generate-log';

const ROOT = resolve(__dirname, '..', '..');
const CASES = resolve(ROOT, '..', 'shared', 'eval', 'public', 'cases.jsonl');
const REPEAT = 25;

interface Case {
  id: string;
  topic: string;
  input: string;
  files?: string[];
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

function loadCases(): { id: string; topic: string; inputs: Input[]; bytes: number }[] {
  if (!existsSync(CASES)) return [];
  return readFileSync(CASES, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case)
    .map((c) => {
      const inputs: Input[] = [];
      if (c.input) inputs.push({ name: 'message', content: c.input });
      for (const f of c.files ?? []) {
        const path = resolve(dirname(CASES), f);
        inputs.push({ name: f.split('/').pop()!, content: new Uint8Array(readFileSync(path)) });
      }
      const bytes = inputs.reduce((n, i) => n + (typeof i.content === 'string' ? Buffer.byteLength(i.content) : i.content.length), 0);
      return { id: c.id, topic: c.topic, inputs, bytes };
    });
}

function childTime(args: string[], input: string): { wallMs: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { input, encoding: 'utf8', cwd: ROOT });
  return { wallMs: performance.now() - t0, stdout: r.stdout };
}

async function main(): Promise<void> {
  const rows: [string, string, string][] = [];
  const row = (what: string, value: string, target: string) => rows.push([what, value, target]);

  // Cold start: a fresh process, from its start to its first diagnosis.
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) cold.push(Number(childTime([join(__dirname, 'cold-start.js')], '').stdout.trim()));
  cold.sort((a, b) => a - b);
  row('cold start (process start → first diagnosis), median of 5', ms(percentile(cold, 50)), '< 1500 ms');

  const cli: number[] = [];
  for (let i = 0; i < 5; i++) {
    cli.push(childTime([join(ROOT, 'dist', 'cli', 'main.js'), 'diagnose', '--json'], '0x8009000d\n').wallMs);
  }
  cli.sort((a, b) => a - b);
  row('CLI run on a one-line input (wall), median of 5', ms(percentile(cli, 50)), '< 600 ms');

  defaultKnowledge();
  const cases = loadCases();
  const textLatencies: number[] = [];
  const certLatencies: number[] = [];
  let runs = 0;
  const t0 = performance.now();
  for (const c of cases) {
    for (let i = 0; i < REPEAT; i++) {
      const s = performance.now();
      await diagnose(c.inputs);
      const d = performance.now() - s;
      runs++;
      if (c.topic === 'cert') certLatencies.push(d);
      else if (c.bytes < 20 * 1024) textLatencies.push(d);
    }
  }
  const elapsed = performance.now() - t0;
  textLatencies.sort((a, b) => a - b);
  certLatencies.sort((a, b) => a - b);
  row(`diagnoses per second (${cases.length} public inputs × ${REPEAT})`, (runs / (elapsed / 1000)).toFixed(0), '');
  row('diagnosis latency p50, inputs < 20 KB', ms(percentile(textLatencies, 50)), '< 5 ms');
  row('diagnosis latency p99, inputs < 20 KB', ms(percentile(textLatencies, 99)), '');
  row('certificate inputs: diagnosis p50 (read + analyse + rules)', ms(percentile(certLatencies, 50)), '< 10 ms');

  // Certificate analysis alone (read, facts, checks), on the public evaluation's certificates.
  const certFiles = cases.filter((c) => c.topic === 'cert').flatMap((c) => c.inputs.filter((i) => typeof i.content !== 'string'));
  const analysis: number[] = [];
  for (const f of certFiles) {
    for (let i = 0; i < REPEAT; i++) {
      const s = performance.now();
      try {
        analyseCertificate(f.content as Uint8Array, new Date());
      } catch {
        // PEM/PKCS#7 and key files are not bare DER certificates: the reader handles them; skip here.
      }
      analysis.push(performance.now() - s);
    }
  }
  analysis.sort((a, b) => a - b);
  row('certificate analysis alone (analyseCertificate), p50', ms(percentile(analysis, 50)), '< 10 ms');

  // The question index: built from scratch (what a process without the shipped snapshot pays), and a query.
  const k = defaultKnowledge();
  const builds: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = performance.now();
    buildIndexFromDocuments(documentsOf(k));
    builds.push(performance.now() - s);
  }
  builds.sort((a, b) => a - b);
  const index = buildIndexFromDocuments(documentsOf(k));
  const queries: number[] = [];
  for (let i = 0; i < 300; i++) {
    const s = performance.now();
    index.query(['why is Set-DPMCredentials failing', 'warum startet der Lync 2013 Frontend nicht', 'CRL offline 0x80092013'][i % 3]);
    queries.push(performance.now() - s);
  }
  queries.sort((a, b) => a - b);
  row(`question index build from scratch (${k.causes.size} causes), median of 3`, ms(percentile(builds, 50)), 'shipped prebuilt');
  row('question index query, p50', ms(percentile(queries, 50)), '< 1 ms');

  const log = generateLog(5 * 1024 * 1024);
  const big: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = performance.now();
    await diagnose([{ name: 'big.log', content: log }]);
    big.push(performance.now() - s);
  }
  big.sort((a, b) => a - b);
  row('5 MB log, median of 3', ms(percentile(big, 50)), '< 1000 ms');
  const mb = () => `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
  row('peak RSS, diagnosis (all of the above, one process)', mb(), '< 300 MB');

  const endpointModule = join(__dirname, 'endpoint.js');
  if (existsSync(endpointModule)) {
    const { benchEndpoint } = require(endpointModule) as {
      benchEndpoint: () => Promise<{ echoRps: number; botRps: number; ratio: number; roundRatios: number[]; p50: number; p99: number; echoCpuMs: number; botCpuMs: number }>;
    };
    const e = await benchEndpoint();
    row('endpoint: bare echo bot requests/s (loopback, 10 connections, median of 5 rounds)', e.echoRps.toFixed(0), '');
    row('endpoint: CertSleuth requests/s (typical paste, expectReplies, median of 5 rounds)', e.botRps.toFixed(0), '');
    row('endpoint: CertSleuth / echo, median of the rounds', `${e.ratio.toFixed(2)}×`, `≥ 0.50× (rounds: ${e.roundRatios.map((r) => r.toFixed(2)).join(' ')})`);
    row('endpoint: p50 / p99 latency', `${ms(e.p50)} / ${ms(e.p99)}`, 'p99 < 50 ms');
    row('endpoint: CPU per request, all threads (echo / CertSleuth)', `${ms(e.echoCpuMs)} / ${ms(e.botCpuMs)}`, '');
  }

  row('peak RSS after the endpoint benchmark (two bots and the load generator in-process)', mb(), '');

  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
}

main().catch((e) => {
  console.error(`bench failed: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
});
