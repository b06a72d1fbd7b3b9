// A message pattern can only match text that contains the literal pieces the pattern requires.
// Finding those pieces once per pattern, and checking them with a plain substring search before
// running the regex, skips most of the hundreds of knowledge patterns on any given input
// (substring search is far cheaper than a case-insensitive regex scan).
//
// The extraction is conservative: every literal it returns is required for a match in the
// alternative it came from; when it cannot be sure (a construct it does not understand), the
// alternative gets no literal and the regex always runs.

const META = new Set(['.', '^', '$', '(', ')', '[', ']', '{', '}', '|', '?', '*', '+', '\\']);
/** Escapes that stand for one literal character. */
const LITERAL_ESCAPES = new Set(['.', '\\', '/', '-', '(', ')', '[', ']', '{', '}', '?', '*', '+', '|', '^', '$', ' ', ':', '"', "'", '<', '>', '=', '!', ',', '#', '&', '%', '@', '~', '`', ';', '_']);

/** Splits a regex source at its top-level "|" (outside groups and classes). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === '\\') i += 2;
    else if (c === '(' || c === '[') i = skipBlock(source, i);
    else {
      if (c === '|') {
        out.push(source.slice(start, i));
        start = i + 1;
      }
      i++;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Skips a group "( … )" or class "[ … ]" starting at i; returns the index after it. */
function skipBlock(s: string, i: number): number {
  if (s[i] === '[') {
    for (let j = i + 1; j < s.length; j++) {
      if (s[j] === '\\') j++;
      else if (s[j] === ']') return j + 1;
    }
    return s.length;
  }
  let depth = 0;
  let inClass = false;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return s.length;
}

/** Width of the escape starting at i: \\uXXXX, \\u{…}, \\xXX, \\cX, \\p{…}, \\k<…>, or two characters. */
function escapeWidth(s: string, i: number): number {
  const e = s[i + 1];
  const close = (ch: string) => {
    const j = s.indexOf(ch, i + 2);
    return j < 0 ? s.length - i : j - i + 1;
  };
  if (e === 'u') return s[i + 2] === '{' ? close('}') : 6;
  if (e === 'x') return 4;
  if (e === 'c') return 3;
  if (e === 'p' || e === 'P') return close('}');
  if (e === 'k') return close('>');
  return 2;
}

/** Length of a quantifier at i ("?", "*", "+", "{n,m}", each optionally lazy), 0 when none. */
function quantifierAt(s: string, i: number): { length: number; optional: boolean } {
  const c = s[i];
  let length = 0;
  let optional = false;
  if (c === '?' || c === '*') {
    length = 1;
    optional = true;
  } else if (c === '+') length = 1;
  else if (c === '{') {
    const m = /^\{(\d*)(,\d*)?\}/.exec(s.slice(i));
    if (!m) return { length: 0, optional: false };
    length = m[0].length;
    optional = m[1] === '' || Number(m[1]) === 0;
  }
  if (length && s[i + length] === '?') length++;
  return { length, optional };
}

/** The body of a group "( … )" whose content must match, or undefined for a lookaround. */
function groupBody(group: string): string | undefined {
  const inner = group.slice(1, -1);
  if (!inner.startsWith('?')) return inner;
  if (inner.startsWith('?:')) return inner.slice(2);
  if (inner.startsWith('?<') && inner[2] !== '=' && inner[2] !== '!') {
    const close = inner.indexOf('>');
    return close < 0 ? undefined : inner.slice(close + 1);
  }
  return undefined;
}

/** "\\uXXXX" as the character it stands for (not a surrogate half), else undefined. */
function unicodeEscape(s: string, i: number): string | undefined {
  const m = /^\\u([0-9A-Fa-f]{4})/.exec(s.slice(i, i + 6));
  if (!m) return undefined;
  const code = parseInt(m[1], 16);
  return code >= 0xd800 && code <= 0xdfff ? undefined : String.fromCharCode(code);
}

/**
 * How selective a factor is: a factor is a set of literals one of which the text must hold. Longer
 * literals are rarer, and every extra alternative is one more way in.
 */
function selectivity(factor: string[]): number {
  return Math.min(...factor.map((l) => l.trim().length)) * 8 - factor.length;
}

/**
 * The most selective factor an alternative requires, lower-cased: either a literal run, or a group
 * that must match once or more and whose every alternative requires a literal of its own (so
 * "(?:Basissperrliste|Sperrliste)" yields both words). Undefined when none is certain.
 */
function requiredFactor(alt: string): string[] | undefined {
  const factors: string[][] = [];
  let run = '';
  const flush = () => {
    if (run.trim().length >= 3) factors.push([run.toLowerCase()]);
    run = '';
  };
  for (let i = 0; i < alt.length; ) {
    const c = alt[i];
    if (c === '(' || c === '[') {
      flush();
      const end = skipBlock(alt, i);
      const q = quantifierAt(alt, end);
      if (c === '(' && !q.optional) {
        const body = groupBody(alt.slice(i, end));
        const inner = body === undefined ? undefined : requiredLiterals(body);
        if (inner) factors.push(inner);
      }
      i = end + q.length;
      continue;
    }
    let ch: string | undefined;
    let width = 1;
    if (c === '\\') {
      const e = alt[i + 1];
      if (e !== undefined && LITERAL_ESCAPES.has(e)) ch = e;
      else if (e === 'u') ch = unicodeEscape(alt, i);
      width = escapeWidth(alt, i);
    } else if (!META.has(c)) ch = c;
    const q = quantifierAt(alt, i + width);
    if (ch === undefined || q.optional) {
      flush();
    } else {
      run += ch;
      if (q.length) flush();
    }
    i += width + q.length;
  }
  flush();
  let best: string[] | undefined;
  for (const f of factors) if (!best || selectivity(f) > selectivity(best)) best = f;
  return best;
}

/**
 * The literals of a pattern: the regex can only match when one of them occurs in the (lower-cased)
 * text. Undefined means "cannot tell: always run the regex".
 */
export function requiredLiterals(source: string): string[] | undefined {
  const out: string[] = [];
  for (const alt of topLevelAlternatives(source)) {
    const factor = requiredFactor(alt);
    if (!factor) return undefined;
    for (const lit of factor) if (!out.includes(lit)) out.push(lit);
  }
  return out;
}

/**
 * Finds which of many literals occur in a text, in a few passes that allocate nothing per position.
 * Literals are grouped by length into tiers of window widths (16, 12, 8, 4 and 3 characters); each
 * tier slides a rolling hash of its width over the text and looks the hash up in a bitmap built from
 * the literals' own first characters. Only a hit compares strings. The windows are wide because a
 * literal's first few characters ("cert", "could no") occur all over any English text, and every
 * false hit costs a string comparison per literal sharing them.
 */
export class LiteralSet {
  private readonly tiers = TIER_WIDTHS.map((w) => new Tier(w));

  constructor(literals: Iterable<string>) {
    for (const lit of new Set(literals)) {
      if (lit.length < 3) continue; // requiredLiterals never yields these; nothing to index them by
      this.tiers.find((t) => lit.length >= t.width)!.add(lit);
    }
  }

  /** The literals present in `lowerText` (already lower-cased). */
  presentIn(lowerText: string): Set<string> {
    const present = new Set<string>();
    for (const tier of this.tiers) if (tier.size) tier.scan(lowerText, present);
    return present;
  }
}

/** Widest first: a literal goes to the widest window it fills. */
const TIER_WIDTHS = [16, 12, 8, 4, 3];
const BUCKET_BITS = 16;
const HASH_BASE = 0x01000193;

/** A window's hash as a bucket: the hash's bits scrambled and cut to BUCKET_BITS. */
function bucketOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - BUCKET_BITS);
}

function windowHash(s: string, at: number, width: number): number {
  let h = 0;
  for (let k = 0; k < width; k++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(at + k)) | 0;
  return h;
}

/** Literals indexed by the rolling hash of their first `width` characters. */
class Tier {
  private readonly maybe = new Uint8Array(1 << BUCKET_BITS);
  private readonly byBucket = new Map<number, string[]>();
  /** HASH_BASE^(width-1): what the character leaving the window weighs in the hash. */
  private readonly leaving: number;
  size = 0;

  constructor(readonly width: number) {
    let p = 1;
    for (let k = 1; k < width; k++) p = Math.imul(p, HASH_BASE);
    this.leaving = p;
  }

  add(lit: string): void {
    const b = bucketOf(windowHash(lit, 0, this.width));
    const list = this.byBucket.get(b);
    if (list) list.push(lit);
    else this.byBucket.set(b, [lit]);
    this.maybe[b] = 1;
    this.size++;
  }

  scan(text: string, present: Set<string>): void {
    const w = this.width;
    const n = text.length;
    if (n < w) return;
    let h = windowHash(text, 0, w);
    for (let i = 0; ; i++) {
      const b = bucketOf(h);
      if (this.maybe[b] === 1) {
        for (const lit of this.byBucket.get(b)!) if (!present.has(lit) && text.startsWith(lit, i)) present.add(lit);
      }
      if (i + w >= n) return;
      h = (Math.imul((h - Math.imul(text.charCodeAt(i), this.leaving)) | 0, HASH_BASE) + text.charCodeAt(i + w)) | 0;
    }
  }
}
