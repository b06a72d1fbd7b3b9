// Schannel sends at most 16 KB of trusted issuer names (about 100–120 roots) in a client-certificate
// request; more are truncated (event 36885) and UC peers fail client authentication. The count comes
// from a root-store listing or from the Count a Measure-Object over Cert:\LocalMachine\Root printed.
import type { Rule, Signal } from '../rule';
import { listedIn } from './listings';
import { KB_2464556, STORE_SEED, UCLOBBY_CHECKS } from './citations';

/** The uclobby check warns above 100; the seed names about 120 as the practical limit. */
const LIMIT = 100;

function measuredRootCount(text: string): { count: number; quote: string } | undefined {
  // "Get-ChildItem cert:\LocalMachine\root | Measure-Object" prints "Count    : 312"; the Count must
  // follow a command over the root store so that other counts are not mistaken for it.
  const m = /cert:\\+LocalMachine\\+root\b[^\n]*\|\s*(?:Measure(?:-Object)?)\b[\s\S]{0,400}?^\s*Count\s*:\s*(\d+)/im.exec(text);
  if (m) return { count: Number(m[1]), quote: m[0].trim().slice(0, 240) };
  const inline = /\(\s*Get-Child[Ii]tem\s+cert:\\+LocalMachine\\+root[^)]*\|\s*Measure(?:-Object)?\s*\)\.Count\s*\r?\n\s*(\d+)/i.exec(text);
  if (inline) return { count: Number(inline[1]), quote: inline[0].trim().slice(0, 240) };
  return undefined;
}

export const tlsRootStoreTooMany: Rule = {
  id: 'tls.root-store-too-many',
  description: 'LocalMachine\\Root holds more than 100 certificates (listing or Measure-Object count).',
  citations: [STORE_SEED, KB_2464556, UCLOBBY_CHECKS],
  run({ intake }) {
    const listed = listedIn(intake, 'root');
    const measured = measuredRootCount(intake.text);
    const count = Math.max(listed.length, measured?.count ?? 0);
    if (count <= LIMIT) return [];
    const signal: Signal = {
      id: 'tls.root-store-too-many',
      strength: count > 120 ? 0.9 : 0.75,
      evidence: measured && measured.count >= listed.length ? [{ label: 'root store count', quote: measured.quote }] : [{ label: 'root store listing', quote: `${listed.length} certificates listed from LocalMachine\\Root` }],
      facts: [{ label: 'certificates in Trusted Root', value: String(count) }],
    };
    return [signal];
  },
};
