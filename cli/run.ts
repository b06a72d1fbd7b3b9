// The CLI's commands, with their I/O passed in so that tests can run them in-process.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { diagnose } from '../core';
import type { Input, Language } from '../core/model/evidence';
import { renderJson } from '../core/render/json';
import { renderMarkdown } from '../core/render/markdown';
import { explainCode } from '../knowledge/decode';
import { defaultKnowledge } from '../knowledge/files';
import { KnowledgeError } from '../knowledge/load';
import { lintKnowledge } from '../knowledge/lint';
import { knowledgeStats, renderStats } from '../knowledge/stats';

export interface CliIo {
  stdin: Readable;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdinIsTTY: boolean;
}

const USAGE = `usage:
  certsleuth diagnose [FILE…] [--json] [--lang en|de]   diagnose files and/or standard input ("-" or no FILE)
  certsleuth explain CODE                              decode an error code (0x800B0101, -2146762495, 1008, CERT_E_EXPIRED)
  certsleuth knowledge lint                            check the knowledge graph (exit 1 on problems)
  certsleuth knowledge stats                           count causes, symptoms, codes and sources per area
`;

/** Files larger than this are refused before reading: no paste or log excerpt is that big. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** With FILE arguments and piped standard input, wait this long for the first byte before ignoring stdin. */
const STDIN_GRACE_MS = 300;

class UsageError extends Error {}
class InputError extends Error {}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'diagnose':
        return await diagnoseCommand(rest, io);
      case 'explain':
        return explainCommand(rest, io);
      case 'knowledge':
        return knowledgeCommand(rest, io);
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return 0;
      case '--version':
        io.stdout(`certsleuth ${require('../../package.json').version}\n`);
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`certsleuth: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr(`certsleuth: ${e.message}\n`);
      return 1;
    }
    if (e instanceof KnowledgeError) {
      io.stderr(`certsleuth: ${e.message}\n`);
      return 1;
    }
    io.stderr(`certsleuth: could not complete the command (${e instanceof Error ? e.message.split('\n')[0] : 'unknown error'}).\n`);
    return 1;
  }
}

function parseDiagnoseArgs(args: string[]): { files: string[]; json: boolean; language?: Language; stdin: boolean } {
  const files: string[] = [];
  let json = false;
  let language: Language | undefined;
  let stdin = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--lang') {
      const v = args[++i];
      if (v !== 'en' && v !== 'de') throw new UsageError('--lang takes en or de');
      language = v;
    } else if (a === '-') stdin = true;
    else if (a.startsWith('-')) throw new UsageError(`unknown option "${a}"`);
    else files.push(a);
  }
  return { files, json, language, stdin };
}

async function readFileInput(path: string): Promise<Input> {
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new InputError(`${path} is a folder, not a file.`);
    size = s.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'access denied or unreadable'}.`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new InputError(`${path} is ${Math.round(size / 1048576)} MB; send an excerpt under 64 MB (the lines around the failure).`);
  }
  return { name: basename(path), content: new Uint8Array(await readFile(path)) };
}

function readStream(stream: Readable, graceMs?: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      if (timer) clearTimeout(timer);
      stream.removeAllListeners('data');
      stream.pause();
      resolve(new Uint8Array(Buffer.concat(chunks)));
    };
    if (graceMs !== undefined) timer = setTimeout(() => (chunks.length ? undefined : finish()), graceMs);
    stream.on('data', (c: Buffer) => {
      total += c.length;
      if (total > MAX_FILE_BYTES) {
        stream.removeAllListeners('data');
        reject(new InputError('standard input is larger than 64 MB; send an excerpt.'));
        return;
      }
      chunks.push(c);
    });
    stream.once('end', finish);
    stream.once('error', () => reject(new InputError('cannot read standard input.')));
  });
}

async function diagnoseCommand(args: string[], io: CliIo): Promise<number> {
  const opts = parseDiagnoseArgs(args);
  const inputs: Input[] = [];
  for (const f of opts.files) inputs.push(await readFileInput(f));
  if (opts.stdin || opts.files.length === 0) {
    inputs.unshift({ name: 'message', content: await readStream(io.stdin) });
  } else if (!io.stdinIsTTY) {
    // Files given and something piped: take the piped text too (a question about the file), but
    // don't hang when the pipe stays open and silent.
    const bytes = await readStream(io.stdin, STDIN_GRACE_MS);
    if (bytes.length > 0) inputs.unshift({ name: 'message', content: bytes });
  }
  const { reply } = await diagnose(inputs, { language: opts.language });
  io.stdout(opts.json ? renderJson(reply) + '\n' : renderMarkdown(reply));
  return 0;
}

function explainCommand(args: string[], io: CliIo): number {
  if (args.length !== 1) throw new UsageError('explain takes one code');
  io.stdout(explainCode(defaultKnowledge(), args[0]).join('\n') + '\n');
  return 0;
}

function knowledgeCommand(args: string[], io: CliIo): number {
  const [sub] = args;
  const k = defaultKnowledge();
  if (sub === 'lint') {
    const problems = lintKnowledge(k);
    for (const p of problems) io.stdout(`${p.file}: ${p.node}: ${p.message}\n`);
    io.stdout(problems.length ? `${problems.length} problem(s)\n` : 'knowledge: no problems\n');
    return problems.length ? 1 : 0;
  }
  if (sub === 'stats') {
    io.stdout(renderStats(knowledgeStats(k)));
    return 0;
  }
  throw new UsageError('knowledge takes lint or stats');
}
