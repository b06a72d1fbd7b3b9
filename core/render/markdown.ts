// Markdown view of a reply: the CLI's default output and the base of plain-text fallbacks.
import type { DecodedCode, Finding, Reply, Step } from '../model/reply';

interface Labels {
  findings: string;
  confidence: string;
  evidence: string;
  fix: string;
  verify: string;
  sources: string;
  why: string;
  decoded: string;
  facts: string;
  notes: string;
  next: string;
  unknown: string;
  levels: Record<Finding['confidenceLabel'], string>;
}

const LABELS: Record<Reply['language'], Labels> = {
  en: {
    findings: 'Likely cause',
    confidence: 'confidence',
    evidence: 'Evidence',
    fix: 'Fix',
    verify: 'Verify',
    sources: 'Sources',
    why: 'Why',
    decoded: 'Codes',
    facts: 'Facts',
    notes: 'Notes',
    next: 'To narrow it down',
    unknown: 'not in the code table',
    levels: { high: 'high', medium: 'medium', low: 'low' },
  },
  de: {
    findings: 'Wahrscheinliche Ursache',
    confidence: 'Konfidenz',
    evidence: 'Belege',
    fix: 'Behebung',
    verify: 'Prüfen',
    sources: 'Quellen',
    why: 'Warum',
    decoded: 'Codes',
    facts: 'Fakten',
    notes: 'Hinweise',
    next: 'Zur Eingrenzung',
    unknown: 'nicht in der Codetabelle',
    levels: { high: 'hoch', medium: 'mittel', low: 'niedrig' },
  },
};

function fence(command: string, shell?: string): string {
  const lang = shell === 'powershell' ? 'powershell' : shell === 'reg' ? 'ini' : shell === 'cmd' ? 'bat' : '';
  return ['```' + lang, command, '```'].join('\n');
}

function stepList(steps: Step[]): string {
  return steps
    .map((s, i) => {
      const head = `${i + 1}. ${s.text}`;
      return s.command ? `${head}\n${indent(fence(s.command, s.shell), 3)}` : head;
    })
    .join('\n');
}

function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

export function codeLine(d: DecodedCode, unknown: string): string {
  if (!d.known) return `\`${d.hex}\` (${d.raw}): ${unknown}${d.facility ? `; facility ${d.facility}` : ''}`;
  return `\`${d.hex}\` **${d.name ?? ''}**: ${d.message ?? ''}`;
}

function findingBlock(f: Finding, n: number, l: Labels): string {
  const out = [`### ${n}. ${f.title}`, `*${l.confidence}: ${l.levels[f.confidenceLabel]} (${Math.round(f.confidence * 100)} %)*`, '', f.summary];
  if (f.cause) out.push('', `**${l.why}:** ${f.cause}`);
  if (f.evidence.length) {
    out.push('', `**${l.evidence}:**`);
    for (const e of f.evidence) out.push(`- ${e.label}: \`${e.quote.replace(/`/g, "'")}\``);
  }
  if (f.remediation.length) out.push('', `**${l.fix}:**`, stepList(f.remediation));
  if (f.verify.length) out.push('', `**${l.verify}:**`, stepList(f.verify));
  if (f.references.length) {
    out.push('', `**${l.sources}:**`);
    for (const r of f.references) out.push(`- ${r.url ? `[${r.title}](${r.url})` : r.title}${r.note ? ` (${r.note})` : ''}`);
  }
  return out.join('\n');
}

export function renderMarkdown(reply: Reply): string {
  const l = LABELS[reply.language];
  const out: string[] = [];
  for (const n of reply.notes) out.push(`> ${n}`);
  if (reply.notes.length) out.push('');
  reply.findings.forEach((f, i) => {
    if (i === 0) out.push(`## ${l.findings}`);
    out.push(findingBlock(f, i + 1, l), '');
  });
  if (reply.facts.length) {
    out.push(`## ${l.facts}`);
    for (const f of reply.facts) out.push(`- ${f.label}: ${f.value}`);
    out.push('');
  }
  if (reply.decoded.length) {
    out.push(`## ${l.decoded}`);
    for (const d of reply.decoded) out.push(`- ${codeLine(d, l.unknown)}`);
    out.push('');
  }
  if (reply.followUps.length) {
    out.push(`## ${l.next}`);
    for (const q of reply.followUps) out.push(`- ${q}`);
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}
