// Intake: every input → decoded text → each reader → typed evidence with the span it came from.
// Readers are independent and small (one file each); this file decodes, runs them, guards each one
// (bad input never throws out of here: it becomes a note), dedupes, caps evidence counts on huge
// inputs, and adds the language, the question asked and the evidence remembered from earlier turns.
import type { Evidence, EventEvidence, Input, InputInfo, Intake, LogLineEvidence, IisRequestEvidence } from '../model/evidence';
import type { Knowledge } from '../../knowledge/graph';
import { readCertificateMaterial } from '../cert';
import { splitLines, type ReadContext, type Reader } from './context';
import { blank, capLongLines, certificateBlocks, decodeContent, MAX_LINE_CHARS } from './decode';
import { readCodes } from './codes';
import { readDpmIds } from './dpm-ids';
import { readThumbprints } from './thumbprints';
import { readEventXml } from './event-xml';
import { readEventText } from './event-text';
import { readCmtrace } from './cmtrace';
import { readSmsLog } from './sms-log';
import { readDpmErrlog } from './dpm-errlog';
import { readIis } from './iis-w3c';
import { readCertutil } from './certutil';
import { readCommands } from './commands';
import { readPsErrors } from './ps-errors';
import { readCertListing } from './cert-listing';
import { readRegistry } from './registry';
import { readHttpStatus } from './http-status';
import { readMentions } from './mentions';
import { detectLanguage } from './language';
import { proseOf } from './question';

export const READERS: { name: string; read: Reader }[] = [
  { name: 'event XML', read: readEventXml },
  { name: 'event text', read: readEventText },
  { name: 'CMTrace log', read: readCmtrace },
  { name: 'ConfigMgr log', read: readSmsLog },
  { name: 'DPM errlog', read: readDpmErrlog },
  { name: 'IIS log', read: readIis },
  { name: 'certutil output', read: readCertutil },
  { name: 'commands', read: readCommands },
  { name: 'PowerShell errors', read: readPsErrors },
  { name: 'certificate listing', read: readCertListing },
  { name: 'registry', read: readRegistry },
  { name: 'codes', read: readCodes },
  { name: 'DPM error IDs', read: readDpmIds },
  { name: 'thumbprints', read: readThumbprints },
  { name: 'HTTP statuses', read: readHttpStatus },
  { name: 'mentions', read: readMentions },
];

/** At most this many log lines / requests per turn: errors and warnings first, identical messages once. */
export const MAX_LOG_LINES = 2000;
export const MAX_REQUESTS = 2000;
const MAX_PER_KIND = 1000;

export async function readInputs(
  inputs: Input[],
  knowledge: Knowledge,
  options: { memory?: Evidence[]; now?: Date } = {},
): Promise<Intake> {
  const infos: InputInfo[] = [];
  const evidence: Evidence[] = [];
  const notes: string[] = [];
  const questions: string[] = [];
  const texts: string[] = [];

  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index];
    const name = input?.name || `input ${index + 1}`;
    try {
      const read = await readOne(input.content, index, name, knowledge, notes);
      infos.push(read.info);
      evidence.push(...read.evidence);
      if (read.question) questions.push(read.question);
      if (read.info.text) texts.push(read.info.text);
    } catch (e) {
      // A reader bug must not cost the user the answer: say it plainly and go on.
      infos.push({ name, kind: 'text', bytes: 0, text: '', truncated: false });
      notes.push(`I could not read ${name}: ${(e as Error)?.message ?? String(e)}.`);
    }
  }

  if (infos.length && infos.every((i) => i.kind === 'empty')) notes.push('There is nothing to read: the input is empty. Paste an error message, a log, event XML or certutil output, or ask a question.');
  const capped = capEvidence(evidence, notes);
  const text = texts.join('\n');
  const question = questions.join('\n').trim();
  const language = detectLanguage(question || text);
  const memory = (options.memory ?? []).map(withoutSpan);
  return {
    inputs: infos,
    evidence: [...capped, ...memory],
    language,
    ...(question ? { question } : {}),
    text,
    notes: [...new Set(notes)],
  };
}

function withoutSpan(e: Evidence): Evidence {
  const { span: _span, ...rest } = e;
  return rest as Evidence;
}

async function readOne(
  content: string | Uint8Array,
  index: number,
  name: string,
  knowledge: Knowledge,
  notes: string[],
): Promise<{ info: InputInfo; evidence: Evidence[]; question?: string }> {
  const decoded = decodeContent(content ?? '');
  const info: InputInfo = {
    name,
    kind: decoded.kind,
    ...(decoded.encoding ? { encoding: decoded.encoding } : {}),
    bytes: decoded.bytes,
    text: decoded.text,
    truncated: decoded.truncated,
  };
  const evidence: Evidence[] = [];

  if (decoded.kind === 'empty') {
    // An empty typed message beside an attachment is normal; an empty file is worth saying.
    if (/\.\w{1,8}$/.test(name)) notes.push(`${name} is empty.`);
    return { info, evidence };
  }
  if (decoded.kind === 'binary') {
    // DER certificates, PKCS#12 and PKCS#7 files are binary: the certificate reader decides.
    const material = await certificateMaterial(content, index, name, notes);
    evidence.push(...material.evidence);
    if (material.kind) info.kind = material.kind;
    else notes.push(`${name} looks like a binary file, not text or a certificate I can read; paste the text, or attach the certificate as .cer/.pem.`);
    return { info, evidence };
  }
  if (decoded.truncated) notes.push(`${name} is very large; I read only its first ${Math.round(decoded.text.length / (1024 * 1024))} MB.`);

  const blocks = certificateBlocks(decoded.text);
  if (blocks.length) {
    const material = await certificateMaterial(decoded.text, index, name, notes);
    evidence.push(...material.evidence);
    const rest = blank(decoded.text, blocks).trim();
    if (material.kind && rest.length < 200) info.kind = material.kind;
  }
  const capped = capLongLines(blocks.length ? blank(decoded.text, blocks) : decoded.text);
  if (capped.cut) notes.push(`${name} has ${capped.cut === 1 ? 'a line' : `${capped.cut} lines`} longer than ${MAX_LINE_CHARS.toLocaleString('en-US')} characters; I read only the start of ${capped.cut === 1 ? 'it' : 'them'}.`);

  const ctx: ReadContext = { input: index, text: capped.text, lines: splitLines(capped.text), knowledge, notes };
  for (const reader of READERS) {
    try {
      evidence.push(...reader.read(ctx));
    } catch (e) {
      notes.push(`The ${reader.name} reader stumbled on ${name} (${(e as Error)?.message ?? String(e)}); the rest was read.`);
    }
  }
  const question = proseOf(ctx.text, ctx.lines, evidence, index);
  return { info, evidence, ...(question ? { question } : {}) };
}

async function certificateMaterial(content: string | Uint8Array, index: number, name: string, notes: string[]) {
  try {
    const m = await readCertificateMaterial(content, index, name);
    notes.push(...m.notes);
    return m;
  } catch (e) {
    notes.push(`The certificate in ${name} could not be read (${(e as Error)?.message ?? String(e)}).`);
    return { evidence: [] as Evidence[], notes: [] as string[], kind: undefined };
  }
}

/**
 * Event Viewer's "Copy details as text" gives the event twice: as text (with the rendered
 * Description) and, after "Event Xml:", as XML (with the CAPI2 details). Keep the XML one and give
 * it the text's description.
 */
function mergeCopiedEvents(all: Evidence[]): Evidence[] {
  const drop = new Set<Evidence>();
  const xml = all.filter((e): e is EventEvidence => e.kind === 'event' && e.format === 'xml');
  for (const t of all) {
    if (t.kind !== 'event' || t.format !== 'text' || !t.span) continue;
    const twin = xml.find(
      (x) => x.span?.input === t.span!.input && x.span.start >= t.span!.end && x.span.start - t.span!.end < 400 && x.eventId === t.eventId && (!x.provider || !t.provider || x.provider === t.provider),
    );
    if (!twin) continue;
    drop.add(t);
    if (t.description && !twin.description) twin.description = t.description;
    for (const [k, v] of Object.entries(t.data)) if (!(k in twin.data)) twin.data[k] = v;
  }
  return drop.size ? all.filter((e) => !drop.has(e)) : all;
}

/** Dedupes and caps per kind, in input order. Huge logs keep their warnings and errors first. */
function capEvidence(all0: Evidence[], notes: string[]): Evidence[] {
  const all = mergeCopiedEvents(all0);
  const sorted = all
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.span?.input ?? 0) - (b.e.span?.input ?? 0) || (a.e.span?.start ?? 0) - (b.e.span?.start ?? 0) || a.i - b.i)
    .map((x) => x.e);
  const seen = new Set<string>();
  const byKind = new Map<string, Evidence[]>();
  // A thumbprint that a structured reader placed (listing, registry, command) is not also a bare one.
  const placed = new Set(sorted.filter((e) => e.kind === 'thumbprint' && e.context !== 'text').map((e) => `${e.span?.input}|${e.span?.start}`));
  for (const e of sorted) {
    if (e.kind === 'thumbprint' && e.context === 'text' && placed.has(`${e.span?.input}|${e.span?.start}`)) continue;
    const key = dedupeKey(e);
    if (key) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    let list = byKind.get(e.kind);
    if (!list) byKind.set(e.kind, (list = []));
    list.push(e);
  }
  const keep = new Set<Evidence>();
  for (const [kind, list] of byKind) {
    const limit = kind === 'log-line' ? MAX_LOG_LINES : kind === 'iis-request' ? MAX_REQUESTS : MAX_PER_KIND;
    if (list.length <= limit) {
      list.forEach((e) => keep.add(e));
      continue;
    }
    const important = (e: Evidence) =>
      e.kind === 'log-line' ? (e as LogLineEvidence).severity !== 'info' : e.kind === 'iis-request' ? (e as IisRequestEvidence).status >= 400 || (e as IisRequestEvidence).win32Status !== 0 : false;
    const first = list.filter(important);
    const rest = list.filter((e) => !important(e));
    [...first, ...rest].slice(0, limit).forEach((e) => keep.add(e));
    notes.push(`The input has ${list.length.toLocaleString('en-US')} ${kind} entries; I kept ${limit.toLocaleString('en-US')} (warnings and errors first).`);
  }
  return sorted.filter((e) => keep.has(e));
}

/** Evidence that says the same thing twice is kept once (a log repeating one message thousands of times). */
function dedupeKey(e: Evidence): string | undefined {
  switch (e.kind) {
    case 'code':
      return `code|${e.value}`;
    case 'dpm-id':
      return `dpm|${e.id}`;
    case 'thumbprint':
      return `thumb|${e.span?.input}|${e.context}|${e.raw}`;
    case 'mention':
      return `mention|${e.component}`;
    case 'http-status':
      return `http|${e.status}|${e.substatus ?? ''}`;
    case 'log-line':
      return `log|${e.format}|${e.severity}|${e.component ?? ''}|${e.message}`;
    case 'iis-request':
      return undefined;
    default:
      return undefined;
  }
}
