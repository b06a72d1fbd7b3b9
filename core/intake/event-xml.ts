// Windows event XML: one <Event>, an <Events> wrapper, or several events pasted together, read with
// fast-xml-parser after repairing what pasting through blogs and mail does to it: typographic quotes
// (“ ” „), lost closing quotes (Name=“Microsoft-Windows-CAPI2 Guid=“{…}“ in seed 002), a missing "<"
// or a missing </System>. When the parser gives up, a tolerant tag scanner (regular expressions over
// the tags) pulls the same fields out of the text.
import { XMLParser } from 'fast-xml-parser';
import type { EventChainElement, EventEvidence } from '../model/evidence';
import { quoteOf, type ReadContext } from './context';
import { trustFlagNames } from './trust-flags';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const LEVELS: Record<string, string> = { '0': 'Information', '1': 'Critical', '2': 'Error', '3': 'Warning', '4': 'Information', '5': 'Verbose' };
const TYPO_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
});

/** Where each pasted event starts and ends. */
function eventChunks(text: string): { start: number; end: number }[] {
  const starts: number[] = [];
  const re = /<Event[\s>]|(?:^|\n)[ \t]*Event\s+xmlns\s*=/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) starts.push(m[0].startsWith('<') ? m.index : m.index + m[0].indexOf('E'));
  const chunks: { start: number; end: number }[] = [];
  let closeAt = -1;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    const next = i + 1 < starts.length ? starts[i + 1] : text.length;
    if (closeAt < start) {
      const c = text.indexOf('</Event>', start);
      closeAt = c < 0 ? Number.MAX_SAFE_INTEGER : c;
    }
    const end = closeAt < next ? closeAt + 8 : next;
    chunks.push({ start, end });
  }
  return chunks;
}

/** Rewrites every tag with clean, quoted attributes; attribute values run to the next `name="`. */
export function repairEventXml(chunk: string): string {
  let s = chunk.replace(TYPO_QUOTES, '"');
  if (!s.startsWith('<')) s = `<${s}`;
  return s.replace(/<([A-Za-z_][\w:.-]{0,80})(\s[^<>]*?)?(\/?)>/g, (_all, name: string, rest: string | undefined, selfClose: string) => {
    if (!rest || !rest.includes('=')) return `<${name}${selfClose ? ' /' : ''}>`;
    const attrs: string[] = [];
    const re = /\s([A-Za-z_][\w:.-]{0,80})\s*=\s*"/g;
    const found: { name: string; valueStart: number; start: number }[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(rest)) !== null) found.push({ name: m[1], valueStart: m.index + m[0].length, start: m.index });
    found.forEach((a, i) => {
      const end = i + 1 < found.length ? found[i + 1].start : rest.length;
      const value = rest.slice(a.valueStart, end).trim().replace(/"+$/, '').replace(/\/$/, '').replace(/"+$/, '');
      attrs.push(`${a.name}="${value.replace(/&(?!\w{1,8};|#)/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}"`);
    });
    return `<${name} ${attrs.join(' ')}${selfClose ? ' /' : ''}>`;
  });
}

type Ordered = Record<string, unknown>;

function fromOrdered(nodes: Ordered[]): El[] {
  const out: El[] = [];
  for (const node of nodes) {
    const key = Object.keys(node).find((k) => k !== ':@');
    if (!key || key === '#text') continue;
    const kids = (node[key] as Ordered[]) ?? [];
    const attrs = (node[':@'] as Record<string, string>) ?? {};
    const text = kids
      .filter((k) => '#text' in k)
      .map((k) => String(k['#text']))
      .join(' ');
    out.push({ name: key.replace(/^.*:/, ''), attrs: { ...attrs }, children: fromOrdered(kids), text });
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ENTITIES[e]);

/** The tolerant scanner: tags and text by regex, a stack that forgives missing or stray end tags. */
export function scanTags(xml: string): El[] {
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  const re = /<(\/?)([A-Za-z_][\w:.-]{0,80})([^<>]{0,4000}?)(\/?)>|([^<]+)|</g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) {
      const t = m[5].trim();
      if (t) top.text = top.text ? `${top.text} ${decodeEntities(t)}` : decodeEntities(t);
      continue;
    }
    if (!m[2]) continue;
    const name = m[2].replace(/^.*:/, '');
    if (m[1]) {
      const idx = stack.map((e) => e.name).lastIndexOf(name);
      if (idx > 0) stack.length = idx;
      continue;
    }
    const attrs: Record<string, string> = {};
    const ar = /([A-Za-z_][\w:.-]{0,80})\s*=\s*"([^"]*)"/g;
    let a: RegExpExecArray | null;
    while ((a = ar.exec(m[3])) !== null) attrs[a[1].replace(/^.*:/, '')] = decodeEntities(a[2]);
    const el: El = { name, attrs, children: [], text: '' };
    top.children.push(el);
    if (!m[4] && !m[3].trimEnd().endsWith('/')) stack.push(el);
  }
  return root.children;
}

/** fast-xml-parser for the events people paste; past this many in one input (an exported log), the
 *  regex tag scanner, which builds the same tree about five times faster. */
const PARSER_EVENTS = 20;
const MAX_EVENTS = 200;

function parseTree(xml: string, useParser: boolean): El[] {
  if (!useParser) return scanTags(xml);
  try {
    const tree = fromOrdered(parser.parse(xml) as Ordered[]);
    if (findAll(tree, 'Event').length) return tree;
  } catch {
    /* fall through to the tolerant scanner */
  }
  return scanTags(xml);
}

function findAll(list: El[], name: string, out: El[] = []): El[] {
  for (const el of list) {
    if (el.name === name) out.push(el);
    else findAll(el.children, name, out);
  }
  return out;
}

const child = (el: El | undefined, name: string) => el?.children.find((c) => c.name === name);
/** First descendant of that name, breadth first: a pasted event may have lost </System>, nesting UserData inside it. */
function find(el: El | undefined, name: string): El | undefined {
  if (!el) return undefined;
  const queue = [...el.children];
  for (let i = 0; i < queue.length && i < 5000; i++) {
    if (queue[i].name === name) return queue[i];
    queue.push(...queue[i].children);
  }
  return undefined;
}
const children = (el: El | undefined, name: string) => el?.children.filter((c) => c.name === name) ?? [];

function hexValue(v: string | undefined): number {
  if (!v) return 0;
  const n = parseInt(v.replace(/^0x/i, ''), 16);
  return Number.isFinite(n) ? n >>> 0 : 0;
}

function trustOf(ts: El | undefined, ctx: ReadContext) {
  const err = child(ts, 'ErrorStatus');
  const info = child(ts, 'InfoStatus');
  const errorStatus = hexValue(err?.attrs.value);
  const infoStatus = hexValue(info?.attrs.value);
  const flagsIn = (el: El | undefined) =>
    Object.entries(el?.attrs ?? {})
      .filter(([k, v]) => k.startsWith('CERT_TRUST_') && v.toLowerCase() === 'true')
      .map(([k]) => k);
  let errorFlags = flagsIn(err);
  let infoFlags = flagsIn(info);
  if (!errorFlags.length) errorFlags = trustFlagNames(errorStatus, 'error', ctx.knowledge);
  if (!infoFlags.length) infoFlags = trustFlagNames(infoStatus, 'info', ctx.knowledge);
  return { errorStatus, errorFlags, infoStatus, infoFlags };
}

function thumbOfFileRef(fileRef: string | undefined): string | undefined {
  const m = fileRef && /^([0-9a-f]{40})\.cer$/i.exec(fileRef.trim());
  return m ? m[1].toLowerCase() : undefined;
}

function elementOf(el: El, ctx: ReadContext): EventChainElement {
  const cert = child(el, 'Certificate');
  const sig = child(el, 'SignatureAlgorithm');
  const pk = child(el, 'PublicKeyAlgorithm');
  const usage = child(el, 'ApplicationUsage');
  const usages = children(usage, 'Usage').map((u) => u.attrs.name || u.attrs.oid).filter((u): u is string => !!u);
  if (usage?.attrs.any === 'true') usages.push('any');
  const len = Number(pk?.attrs.publicKeyLength);
  const fileRef = cert?.attrs.fileRef;
  const thumbprint = thumbOfFileRef(fileRef);
  return {
    ...(cert?.attrs.subjectName ? { subjectName: cert.attrs.subjectName } : {}),
    ...(fileRef ? { fileRef } : {}),
    ...(thumbprint ? { thumbprint } : {}),
    ...trustOf(child(el, 'TrustStatus'), ctx),
    ...(sig?.attrs.hashName ? { signatureHash: sig.attrs.hashName } : {}),
    ...((pk?.attrs.publicKeyName ?? sig?.attrs.publicKeyName) ? { publicKeyName: pk?.attrs.publicKeyName ?? sig?.attrs.publicKeyName } : {}),
    ...(Number.isFinite(len) && len > 0 ? { publicKeyLength: len } : {}),
    usages,
  };
}

function eventOf(ev: El, ctx: ReadContext, start: number, end: number): EventEvidence | undefined {
  const sys = find(ev, 'System') ?? ev;
  const provider = find(sys, 'Provider')?.attrs.Name;
  const idText = find(sys, 'EventID')?.text;
  const eventId = idText && /^\d+$/.test(idText.trim()) ? Number(idText.trim()) : undefined;
  if (provider === undefined && eventId === undefined) return undefined;
  const levelText = find(sys, 'Level')?.text?.trim();
  const userData = find(ev, 'UserData');
  const op = userData?.children[0];
  const data: Record<string, string> = {};
  for (const d of children(find(ev, 'EventData'), 'Data')) if (d.attrs.Name) data[d.attrs.Name] = d.text;
  const result = child(op, 'Result');
  const cert = child(op, 'Certificate');
  const chainEl = child(op, 'CertificateChain');
  const chainTrust = child(chainEl, 'TrustStatus');
  const processName = child(op, 'EventAuxInfo')?.attrs.ProcessName;
  const policy = child(op, 'Policy')?.attrs.type;
  const message = child(find(ev, 'RenderingInfo'), 'Message')?.text;
  const resultCode = result?.attrs.value !== undefined ? hexValue(result.attrs.value) : undefined;
  const fileRef = cert?.attrs.fileRef;
  const thumbprint = thumbOfFileRef(fileRef);
  // Quote the most telling line: the Result, else the EventID.
  const chunk = ctx.text.slice(start, end);
  const qAt = [chunk.indexOf('<Result'), chunk.indexOf('EventID')].find((i) => i >= 0) ?? 0;
  return {
    kind: 'event',
    quote: quoteOf(ctx.text, start + qAt, Math.min(end, start + qAt + 300)),
    span: { input: ctx.input, start, end },
    format: 'xml',
    ...(provider ? { provider } : {}),
    ...(eventId !== undefined ? { eventId } : {}),
    ...(levelText ? { level: LEVELS[levelText] ?? levelText } : {}),
    ...(find(sys, 'Channel')?.text ? { channel: find(sys, 'Channel')!.text } : {}),
    ...(find(sys, 'Computer')?.text ? { computer: find(sys, 'Computer')!.text } : {}),
    ...(find(sys, 'TimeCreated')?.attrs.SystemTime ? { timeCreated: find(sys, 'TimeCreated')!.attrs.SystemTime } : {}),
    ...(op ? { operation: op.name } : {}),
    ...(processName ? { processName } : {}),
    ...(result ? { result: { ...(resultCode !== undefined ? { code: resultCode } : {}), ...(result.text ? { text: result.text } : {}) } } : {}),
    ...(cert
      ? { certificate: { ...(fileRef ? { fileRef } : {}), ...(thumbprint ? { thumbprint } : {}), ...(cert.attrs.subjectName ? { subjectName: cert.attrs.subjectName } : {}) } }
      : {}),
    ...(chainTrust ? { chain: trustOf(chainTrust, ctx) } : {}),
    elements: children(chainEl, 'ChainElement').map((e) => elementOf(e, ctx)),
    ...(policy ? { policy } : {}),
    ...(message ? { description: message } : {}),
    data,
  };
}

export function readEventXml(ctx: ReadContext): EventEvidence[] {
  if (!/<Event[\s>]|Event\s+xmlns/.test(ctx.text)) return [];
  const out: EventEvidence[] = [];
  let attempts = 0;
  for (const { start, end } of eventChunks(ctx.text)) {
    if (out.length >= MAX_EVENTS || ++attempts > 2 * MAX_EVENTS) {
      ctx.notes.push(`Only the first ${MAX_EVENTS} events of the pasted XML were read.`);
      break;
    }
    const xml = repairEventXml(ctx.text.slice(start, end));
    const events = findAll(parseTree(xml, out.length < PARSER_EVENTS), 'Event');
    const ev = events[0];
    const e = ev && eventOf(ev, ctx, start, end);
    if (e) out.push(e);
    else ctx.notes.push('Part of the pasted event XML could not be read (it may be cut off); paste the whole <Event> … </Event>.');
  }
  return out;
}
