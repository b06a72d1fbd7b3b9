// explain <code>: decodes an error code in any notation users paste. The knowledge module's
// explainCode (knowledge/decode.ts) does the work when it is present; until then, and as a safety
// net, the code tables are consulted directly for hex and decimal notations.
import type { Command } from './command';
import type { Knowledge } from '../../core';

type ExplainFn = (k: Knowledge, text: string) => string[];

function knowledgeExplain(): ExplainFn | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('../../knowledge/decode') as { explainCode?: ExplainFn };
    return typeof mod.explainCode === 'function' ? mod.explainCode : undefined;
  } catch {
    return undefined;
  }
}

/** Reads 0x800B0101, 800B0101, -2146762495, 2148204801 or 1008 as a number. */
export function parseCode(text: string): number | undefined {
  const t = text.trim().replace(/[\u200e\u200f\ufeff]/g, '');
  if (/^0x[0-9a-f]{1,8}$/i.test(t)) return Number.parseInt(t.slice(2), 16) >>> 0;
  if (/^[0-9a-f]{8}$/i.test(t) && /[a-f]/i.test(t)) return Number.parseInt(t, 16) >>> 0;
  if (/^-?\d{1,10}$/.test(t)) {
    const n = Number(t);
    if (n < -2147483648 || n > 4294967295) return undefined;
    return n < 0 ? n >>> 0 : n;
  }
  return undefined;
}

function fallbackExplain(k: Knowledge, text: string): string[] {
  const byName = k.codesByName.get(text.trim().toUpperCase());
  const value = byName?.value ?? parseCode(text);
  if (value === undefined) return [];
  const info = k.codes.get(value >>> 0);
  const hex = '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0');
  if (!info) return [`${hex} (${(value | 0).toString()}): not in my code tables.`];
  return [`${hex} ${info.name ?? ''}`.trim(), ...(info.message ? [info.message] : [])];
}

export const explain: Command = {
  name: 'explain',
  description: 'Decode an error code: explain 0x800B0101',
  run: ({ knowledge, argument }) => {
    if (!argument.trim()) return { title: 'explain', sections: [{ lines: ['Give me a code: explain 0x800B0101, explain -2146762495 or explain 1008.'] }] };
    let lines: string[] = [];
    try {
      lines = knowledgeExplain()?.(knowledge, argument) ?? [];
    } catch {
      lines = [];
    }
    if (!lines.length) lines = fallbackExplain(knowledge, argument);
    if (!lines.length) lines = [`I could not read "${argument.trim().slice(0, 60)}" as an error code. Try 0x800B0101, -2146762495 or 1008.`];
    return { title: `explain ${argument.trim().slice(0, 60)}`, sections: [{ lines }] };
  },
};
