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

/** The longest literal run an alternative requires, lower-cased; undefined when none is certain. */
function requiredLiteral(alt: string): string | undefined {
  const runs: string[] = [];
  let run = '';
  const flush = () => {
    if (run) runs.push(run);
    run = '';
  };
  for (let i = 0; i < alt.length; ) {
    const c = alt[i];
    if (c === '(' || c === '[') {
      flush();
      i = skipBlock(alt, i);
      i += quantifierAt(alt, i).length;
      continue;
    }
    let ch: string | undefined;
    let width = 1;
    if (c === '\\') {
      const e = alt[i + 1];
      if (e !== undefined && LITERAL_ESCAPES.has(e)) ch = e;
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
  const best = runs.sort((a, b) => b.length - a.length)[0];
  return best && best.trim().length >= 3 ? best.toLowerCase() : undefined;
}

/**
 * The literals of a pattern: the regex can only match when one of them occurs in the (lower-cased)
 * text. Undefined means "cannot tell: always run the regex".
 */
export function requiredLiterals(source: string): string[] | undefined {
  const out: string[] = [];
  for (const alt of topLevelAlternatives(source)) {
    const lit = requiredLiteral(alt);
    if (!lit) return undefined;
    out.push(lit);
  }
  return out;
}

/**
 * Finds which of many literals occur in a text in one pass: literals are indexed by their first
 * three characters, and each position of the text looks its three characters up. Much cheaper than
 * one substring search per literal when there are hundreds of literals.
 */
export class LiteralSet {
  private readonly byPrefix = new Map<string, string[]>();

  constructor(literals: Iterable<string>) {
    for (const lit of new Set(literals)) {
      const key = lit.slice(0, 3);
      const list = this.byPrefix.get(key);
      if (list) list.push(lit);
      else this.byPrefix.set(key, [lit]);
    }
  }

  /** The literals present in `lowerText` (already lower-cased). */
  presentIn(lowerText: string): Set<string> {
    const present = new Set<string>();
    for (let i = 0; i + 3 <= lowerText.length; i++) {
      const list = this.byPrefix.get(lowerText.slice(i, i + 3));
      if (!list) continue;
      for (const lit of list) if (!present.has(lit) && lowerText.startsWith(lit, i)) present.add(lit);
    }
    return present;
  }
}
