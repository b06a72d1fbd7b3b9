// Declarative symptom matching: each knowledge symptom's `match` (codes, DPM IDs, message patterns,
// events, log lines, IIS requests, registry values, commands, HTTP statuses, rule signals) is
// tested against the intake's evidence. The matchers are compiled once per knowledge graph.

import type { Knowledge, Located } from '../../knowledge/graph';
import { parseCodeLiteral } from '../../knowledge/load';
import type { RawMatch, RawSymptom } from '../../knowledge/schema';
import { evidenceOf, type CodeEvidence, type Evidence, type Intake } from '../model/evidence';
import type { EvidenceQuote } from '../model/reply';
import type { Signal } from '../rules/rule';
import { LiteralSet, requiredLiterals } from './literal-prefilter';
import { lineAround, quoteOf } from './quote';

export interface SymptomHit {
  symptom: Located<RawSymptom>;
  /** 0..1, the strongest of the matching evidence. */
  strength: number;
  quotes: EvidenceQuote[];
  /** Code evidence this hit rests on (decoded in the finding). */
  codes: CodeEvidence[];
  bindings: Record<string, string>;
}

interface CompiledMatch {
  /** Position in knowledge order: candidates are visited in it. */
  order: number;
  symptom: Located<RawSymptom>;
  codes: Set<number>;
  dpmIds: Set<number>;
  /** Each pattern with the literals one of which the text must contain for it to match (see literal-prefilter.ts). */
  patterns: { rx: RegExp; literals?: string[] }[];
  events: { provider?: string; ids?: Set<number>; trustErrors?: string[]; result?: number; description?: RegExp; literals?: string[] }[];
  logs: { pattern: RegExp; literals?: string[]; component?: string; severity?: 'warning' | 'error' }[];
  iis: { uri?: RegExp; status?: Set<number>; substatus?: Set<number>; win32?: Set<number>; operation?: Set<string> }[];
  registry: { key?: RegExp; name?: RegExp; data?: RegExp }[];
  commands: { name: string; params: string[] }[];
  http: { status: number; substatus?: number }[];
  signals: Set<string>;
}

/**
 * The matchers and indexes from a matcher key (a code, a DPM ID, a signal id, a literal a message
 * pattern requires, a kind of evidence) to the matchers that may fire on it, so that a turn only
 * visits the symptoms its evidence can reach.
 */
interface CompiledKnowledge {
  all: CompiledMatch[];
  byCode: Map<number, CompiledMatch[]>;
  byDpmId: Map<number, CompiledMatch[]>;
  bySignal: Map<string, CompiledMatch[]>;
  /** Matchers by a literal one of their message patterns requires. */
  byLiteral: Map<string, CompiledMatch[]>;
  /** Matchers with a message pattern no literal can rule out: visited every turn. */
  unfiltered: CompiledMatch[];
  /** Matchers by the kind of evidence they test (events, log lines, IIS, registry, commands, HTTP). */
  byKind: Map<Evidence['kind'], CompiledMatch[]>;
  /** Every literal the patterns require, found in a text in one pass. */
  literals: LiteralSet;
}

const compiledCache = new WeakMap<Knowledge, CompiledKnowledge>();

const rx = (s: string): RegExp => new RegExp(s, 'i');
const codeSet = (list?: string[]): Set<number> =>
  new Set((list ?? []).map((c) => parseCodeLiteral(c)).filter((v): v is number => v !== undefined));

function compile(symptom: Located<RawSymptom>, order: number): CompiledMatch {
  const m: RawMatch = symptom.match;
  return {
    order,
    symptom,
    codes: codeSet(m.codes),
    dpmIds: new Set(m.dpmIds ?? []),
    patterns: (m.patterns ?? []).map((p) => ({ rx: rx(p), literals: requiredLiterals(p) })),
    events: (m.events ?? []).map((e) => ({
      provider: e.provider?.toLowerCase(),
      ids: e.ids ? new Set(e.ids) : undefined,
      trustErrors: e.trustErrors,
      result: e.result !== undefined ? parseCodeLiteral(String(e.result)) : undefined,
      description: e.description ? rx(e.description) : undefined,
      literals: e.description ? requiredLiterals(e.description) : undefined,
    })),
    logs: (m.logs ?? []).map((l) => ({
      pattern: rx(l.pattern),
      literals: requiredLiterals(l.pattern),
      component: l.component?.toLowerCase(),
      severity: l.severity,
    })),
    iis: (m.iis ?? []).map((i) => ({
      uri: i.uri ? rx(i.uri) : undefined,
      status: i.status ? new Set(i.status) : undefined,
      substatus: i.substatus ? new Set(i.substatus) : undefined,
      win32: i.win32Status ? codeSet(i.win32Status) : undefined,
      operation: i.operation ? new Set(i.operation.map((o) => o.toLowerCase())) : undefined,
    })),
    registry: (m.registry ?? []).map((r) => ({
      key: r.key ? rx(r.key) : undefined,
      name: r.name ? rx(r.name) : undefined,
      data: r.data ? rx(r.data) : undefined,
    })),
    commands: (m.commands ?? []).map((c) => ({ name: c.name.toLowerCase(), params: (c.params ?? []).map((p) => p.toLowerCase()) })),
    http: m.http ?? [],
    signals: new Set(m.signals ?? []),
  };
}

function index<K>(map: Map<K, CompiledMatch[]>, key: K, m: CompiledMatch): void {
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
}

export function compiledMatchers(k: Knowledge): CompiledKnowledge {
  let c = compiledCache.get(k);
  if (!c) {
    c = {
      all: [],
      byCode: new Map(),
      byDpmId: new Map(),
      bySignal: new Map(),
      byLiteral: new Map(),
      unfiltered: [],
      byKind: new Map(),
      literals: new LiteralSet([]),
    };
    for (const symptom of k.symptoms.values()) {
      const m = compile(symptom, c.all.length);
      c.all.push(m);
      for (const code of m.codes) index(c.byCode, code, m);
      for (const id of m.dpmIds) index(c.byDpmId, id, m);
      for (const id of m.signals) index(c.bySignal, id, m);
      for (const p of m.patterns) {
        if (p.literals) for (const lit of p.literals) index(c.byLiteral, lit, m);
        else if (!c.unfiltered.includes(m)) c.unfiltered.push(m);
      }
      if (m.events.length) index(c.byKind, 'event', m);
      if (m.logs.length) index(c.byKind, 'log-line', m);
      if (m.iis.length) index(c.byKind, 'iis-request', m);
      if (m.registry.length) index(c.byKind, 'registry-value', m);
      if (m.commands.length) index(c.byKind, 'command', m);
      // HTTP statuses are tested against status evidence and IIS requests alike.
      if (m.http.length) {
        index(c.byKind, 'http-status', m);
        index(c.byKind, 'iis-request', m);
      }
    }
    c.literals = new LiteralSet(
      c.all.flatMap((m) => [
        ...m.patterns.flatMap((p) => p.literals ?? []),
        ...m.logs.flatMap((l) => l.literals ?? []),
        ...m.events.flatMap((e) => e.literals ?? []),
      ]),
    );
    compiledCache.set(k, c);
  }
  return c;
}

/** The matchers this turn's evidence can reach, in knowledge order. */
function candidates(
  c: CompiledKnowledge,
  intake: Intake,
  codes: CodeEvidence[],
  dpmIds: number[],
  signalIds: Iterable<string>,
  present: Set<string>,
): CompiledMatch[] {
  const picked = new Set<CompiledMatch>(c.unfiltered);
  const add = (list: CompiledMatch[] | undefined) => {
    if (list) for (const m of list) picked.add(m);
  };
  for (const code of codes) for (const f of codeForms(code)) add(c.byCode.get(f));
  for (const id of dpmIds) add(c.byDpmId.get(id));
  for (const id of signalIds) add(c.bySignal.get(id));
  for (const lit of present) add(c.byLiteral.get(lit));
  const kinds = new Set(intake.evidence.map((e) => e.kind));
  for (const kind of kinds) add(c.byKind.get(kind));
  return [...picked].sort((a, b) => a.order - b.order);
}

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;

/** Both forms of a code: the value itself and, for HRESULT_FROM_WIN32 values, the Win32 number. */
function codeForms(e: CodeEvidence): number[] {
  const forms = [e.value >>> 0];
  if (e.win32 !== undefined) forms.push(e.win32);
  else if ((e.value >>> 16) === 0x8007) forms.push(e.value & 0xffff);
  else if (e.value > 0 && e.value < 0x10000) forms.push((0x80070000 | e.value) >>> 0);
  return forms;
}

function eventMatches(ev: Extract<Evidence, { kind: 'event' }>, m: CompiledMatch['events'][number]): boolean {
  if (m.provider && !(ev.provider ?? '').toLowerCase().includes(m.provider)) return false;
  if (m.ids && (ev.eventId === undefined || !m.ids.has(ev.eventId))) return false;
  if (m.trustErrors?.length) {
    const flags = new Set([...(ev.chain?.errorFlags ?? []), ...ev.elements.flatMap((el) => el.errorFlags)]);
    if (!m.trustErrors.every((f) => flags.has(f))) return false;
  }
  if (m.result !== undefined && (ev.result?.code === undefined || ev.result.code >>> 0 !== m.result)) return false;
  if (m.description && !m.description.test([ev.description, ev.result?.text].filter(Boolean).join('\n'))) return false;
  return true;
}

class HitBuilder {
  strength = 0;
  quotes: EvidenceQuote[] = [];
  codes: CodeEvidence[] = [];
  bindings: Record<string, string> = {};
  add(strength: number, quote: EvidenceQuote, code?: CodeEvidence): void {
    this.strength = Math.max(this.strength, strength);
    if (this.quotes.length < 3 && !this.quotes.some((q) => q.quote === quote.quote)) this.quotes.push(quote);
    if (code && !this.codes.includes(code)) this.codes.push(code);
  }
}

export interface MatchOptions {
  /**
   * Visit every matcher and run every regex, with no index and no literal prefilter: the reference
   * the indexed matching is tested against.
   */
  exhaustive?: boolean;
}

const EVERY_LITERAL = { has: (_literal: string) => true };

export function matchSymptoms(
  k: Knowledge,
  intake: Intake,
  signals: Signal[],
  matchText: string,
  sourceOf: (e: Evidence) => string | undefined,
  options: MatchOptions = {},
): SymptomHit[] {
  const codes = evidenceOf(intake, 'code');
  const dpmIds = evidenceOf(intake, 'dpm-id');
  const events = evidenceOf(intake, 'event');
  const logs = evidenceOf(intake, 'log-line');
  const iis = evidenceOf(intake, 'iis-request');
  const registry = evidenceOf(intake, 'registry-value');
  const commands = evidenceOf(intake, 'command');
  const http = evidenceOf(intake, 'http-status');
  const signalsById = new Map<string, Signal[]>();
  for (const s of signals) signalsById.set(s.id, [...(signalsById.get(s.id) ?? []), s]);

  const hits: SymptomHit[] = [];
  const compiled = compiledMatchers(k);
  // On a large input the matched text is an excerpt (salient-text.ts); log patterns test every log
  // line, so their literals are looked for in the lines too.
  const logText = matchText.length < intake.text.length ? `\n${logs.map((l) => l.message).join('\n')}` : '';
  const inText = options.exhaustive ? undefined : compiled.literals.presentIn((matchText + logText).toLowerCase());
  const present = inText ?? EVERY_LITERAL;
  const visit = inText ? candidates(compiled, intake, codes, dpmIds.map((d) => d.id), signalsById.keys(), inText) : compiled.all;
  for (const m of visit) {
    const hit = new HitBuilder();
    if (m.codes.size) {
      for (const c of codes) if (codeForms(c).some((f) => m.codes.has(f))) hit.add(1, quoteOf(c, sourceOf(c)), c);
    }
    if (m.dpmIds.size) for (const d of dpmIds) if (m.dpmIds.has(d.id)) hit.add(1, quoteOf(d, sourceOf(d)));
    for (const p of m.patterns) {
      if (p.literals && !p.literals.some((l) => present.has(l))) continue;
      const at = p.rx.exec(matchText);
      if (at) hit.add(0.9, { label: 'Message', quote: lineAround(matchText, at.index, at.index + at[0].length) });
    }
    for (const em of m.events) {
      // A description's literals must occur in the text the event came from (log messages and
      // event descriptions are part of the matched text, so absent literals mean no match).
      if (em.literals && !em.literals.some((l) => present.has(l))) continue;
      for (const ev of events) if (eventMatches(ev, em)) hit.add(1, quoteOf(ev, sourceOf(ev)));
    }
    for (const lm of m.logs) {
      if (lm.literals && !lm.literals.some((l) => present.has(l))) continue;
      for (const l of logs) {
        if (lm.component && !(l.component ?? '').toLowerCase().includes(lm.component)) continue;
        if (lm.severity && SEVERITY_RANK[l.severity] < SEVERITY_RANK[lm.severity]) continue;
        if (lm.pattern.test(l.message)) hit.add(0.95, quoteOf(l, sourceOf(l)));
      }
    }
    for (const im of m.iis) {
      for (const r of iis) {
        if (im.uri && !im.uri.test(r.uriStem)) continue;
        if (im.status && !im.status.has(r.status)) continue;
        if (im.substatus && !im.substatus.has(r.substatus)) continue;
        if (im.win32 && !im.win32.has(r.win32Status >>> 0)) continue;
        if (im.operation && !(r.operation && im.operation.has(r.operation.toLowerCase()))) continue;
        hit.add(0.95, quoteOf(r, sourceOf(r)));
      }
    }
    for (const rm of m.registry) {
      for (const r of registry) {
        if (rm.key && !rm.key.test(r.key)) continue;
        if (rm.name && !rm.name.test(r.name)) continue;
        if (rm.data && !rm.data.test(r.data)) continue;
        hit.add(0.9, quoteOf(r, sourceOf(r)));
      }
    }
    for (const cm of m.commands) {
      for (const c of commands) {
        if (c.canonical !== cm.name) continue;
        if (!cm.params.every((p) => p in c.params)) continue;
        hit.add(0.6, quoteOf(c, sourceOf(c)));
      }
    }
    for (const hm of m.http) {
      for (const h of [...http, ...iis.map((r) => ({ ...r, kind: 'http-status' as const }))]) {
        if (h.status !== hm.status) continue;
        if (hm.substatus !== undefined && h.substatus !== hm.substatus) continue;
        hit.add(0.85, { label: `HTTP ${h.status}${h.substatus !== undefined ? `.${h.substatus}` : ''}`, quote: h.quote });
      }
    }
    for (const id of m.signals) {
      for (const s of signalsById.get(id) ?? []) {
        for (const q of s.evidence.length ? s.evidence : [{ label: 'Check', quote: id }]) hit.add(s.strength, q);
        Object.assign(hit.bindings, s.bindings);
      }
    }
    if (hit.strength > 0) {
      hits.push({ symptom: m.symptom, strength: hit.strength, quotes: hit.quotes, codes: hit.codes, bindings: hit.bindings });
    }
  }
  return hits;
}
