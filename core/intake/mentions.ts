// Products, roles, services, stores, logs and ports the text names, as knowledge component ids.
// All aliases of all components go into one Aho-Corasick automaton per Knowledge (cached in a
// WeakMap), matched case-insensitively on word boundaries in one linear pass over the text.
import type { MentionEvidence } from '../model/evidence';
import type { Knowledge } from '../../knowledge/graph';
import { at, eachMatch, isWordChar, type ReadContext } from './context';

let lowerTable: Uint16Array | undefined;
/** Per-UTF-16-unit lower-casing that keeps offsets (String#toLowerCase can change the length). */
function lowerOf(c: number): number {
  if (!lowerTable) {
    lowerTable = new Uint16Array(65536);
    for (let i = 0; i < 65536; i++) {
      const l = String.fromCharCode(i).toLowerCase();
      lowerTable[i] = l.length === 1 ? l.charCodeAt(0) : i;
    }
  }
  return lowerTable[c];
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Alias indexes ending here (own and via the fail chain). */
  out: number[];
}

interface Matcher {
  nodes: Node[];
  /** Dense transitions for ASCII (node * 128 + char → node + 1; 0 = none): the hot path on logs. */
  ascii: Int32Array;
  aliases: { text: string; component: string; length: number }[];
}

const cache = new WeakMap<Knowledge, Matcher>();
const MAX_SCAN = 2 * 1024 * 1024;

function build(knowledge: Knowledge): Matcher {
  const nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  const aliases: Matcher['aliases'] = [];
  for (const c of knowledge.components.values()) {
    for (const alias of new Set([...(c.aliases ?? [])])) {
      const a = alias.trim();
      if (a.length < 2) continue;
      const idx = aliases.push({ text: a, component: c.id, length: a.length }) - 1;
      let n = 0;
      for (let i = 0; i < a.length; i++) {
        const ch = lowerOf(a.charCodeAt(i));
        let nx = nodes[n].next.get(ch);
        if (nx === undefined) {
          nx = nodes.push({ next: new Map(), fail: 0, out: [] }) - 1;
          nodes[n].next.set(ch, nx);
        }
        n = nx;
      }
      nodes[n].out.push(idx);
    }
  }
  // Breadth-first fail links.
  const queue: number[] = [...nodes[0].next.values()];
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q];
    for (const [ch, child] of nodes[n].next) {
      let f = nodes[n].fail;
      while (f !== 0 && !nodes[f].next.has(ch)) f = nodes[f].fail;
      const target = nodes[f].next.get(ch);
      nodes[child].fail = target !== undefined && target !== child ? target : 0;
      nodes[child].out = nodes[child].out.concat(nodes[nodes[child].fail].out);
      queue.push(child);
    }
  }
  const ascii = new Int32Array(nodes.length * 128);
  nodes.forEach((n, i) => n.next.forEach((to, ch) => ch < 128 && (ascii[i * 128 + ch] = to + 1)));
  return { nodes, aliases, ascii };
}

function step(m: Matcher, n: number, ch: number): number | undefined {
  if (ch < 128) {
    const t = m.ascii[n * 128 + ch];
    return t ? t - 1 : undefined;
  }
  return m.nodes[n].next.get(ch);
}

export function matcherFor(knowledge: Knowledge): Matcher {
  let m = cache.get(knowledge);
  if (!m) {
    m = build(knowledge);
    cache.set(knowledge, m);
  }
  return m;
}

function portComponent(knowledge: Knowledge, port: string): string {
  for (const c of knowledge.components.values()) {
    if (c.kind !== 'port') continue;
    const words = [c.id, c.location ?? '', ...(c.aliases ?? [])].join(' ');
    if (new RegExp(`(?<!\\d)${port}(?!\\d)`).test(words)) return c.id;
  }
  return `port.${port}`;
}

export function readMentions(ctx: ReadContext): MentionEvidence[] {
  const { text, knowledge } = ctx;
  const found = new Map<string, MentionEvidence>();
  const matcher = matcherFor(knowledge);
  const { nodes, aliases } = matcher;
  if (aliases.length) {
    let n = 0;
    // Names are context: a product first named after 2 MB of log adds little, and the scan is the
    // costliest step on huge inputs.
    const stop = Math.min(text.length, MAX_SCAN);
    for (let i = 0; i < stop; i++) {
      let ch = text.charCodeAt(i);
      ch = ch >= 65 && ch <= 90 ? ch + 32 : ch < 128 ? ch : lowerOf(ch);
      let to = step(matcher, n, ch);
      while (to === undefined && n !== 0) {
        n = nodes[n].fail;
        to = step(matcher, n, ch);
      }
      n = to ?? 0;
      const outs = nodes[n].out;
      if (outs.length === 0) continue;
      for (let k = 0; k < outs.length; k++) {
        const a = aliases[outs[k]];
        if (found.has(a.component)) continue;
        const start = i + 1 - a.length;
        const end = i + 1;
        // Whole words only, on both sides, whatever the alias starts with: ".net" must not match "msxfaq.net".
        if (isWordChar(text[start - 1])) continue;
        if (isWordChar(text[end])) continue;
        found.set(a.component, { kind: 'mention', ...at(ctx, start, end), component: a.component, text: text.slice(start, end) });
      }
    }
  }
  // Ports: "port 6076", "TCP 6076", "6076/tcp", netstat "0.0.0.0:6076" (separate simple patterns: one
  // alternation that may start at any digit is several times slower on number-heavy logs).
  const addPort = (m: RegExpExecArray, port: string | undefined) => {
    if (!port || Number(port) > 65535) return;
    const component = portComponent(knowledge, port);
    if (found.has(component) || found.size > 500) return;
    found.set(component, { kind: 'mention', ...at(ctx, m.index, m.index + m[0].length), component, text: m[0] });
  };
  eachMatch(/\b(?:ports?|tcp|udp)\s*[:#]?\s*(\d{2,5})\b/gi, text, (m) => addPort(m, m[1]));
  if (/\/\s*(?:tcp|udp)\b/i.test(text)) eachMatch(/\b(\d{2,5})\s*\/\s*(?:tcp|udp)\b/gi, text, (m) => addPort(m, m[1]));
  if (/\d:\d/.test(text)) eachMatch(/(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}:(\d{2,5})\b|\[::\]:(\d{2,5})\b/g, text, (m) => addPort(m, m[1] ?? m[2]));
  return [...found.values()].sort((a, b) => a.span!.start - b.span!.start);
}
