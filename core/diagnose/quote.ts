// How evidence is quoted back to the user: a short label saying what it is, and the text itself.

import type { Evidence } from '../model/evidence';
import type { EvidenceQuote } from '../model/reply';

const MAX_QUOTE = 240;

export function clip(text: string, max = MAX_QUOTE): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export function labelOf(e: Evidence): string {
  switch (e.kind) {
    case 'code':
      return `Error code ${e.raw}`;
    case 'dpm-id':
      return `DPM error ID ${e.id}`;
    case 'thumbprint':
      return e.label ? `Thumbprint (${e.label})` : 'Thumbprint';
    case 'event':
      return [e.provider, e.eventId !== undefined ? `event ${e.eventId}` : undefined].filter(Boolean).join(' ') || 'Event';
    case 'log-line':
      return e.component ? `Log line (${e.component})` : 'Log line';
    case 'iis-request':
      return `IIS request ${e.status}.${e.substatus}`;
    case 'certutil-cert':
      return 'certutil certificate';
    case 'certutil-result':
      return 'certutil';
    case 'command':
      return `Command ${e.name}`;
    case 'ps-error':
      return e.cmdlet ? `Error from ${e.cmdlet}` : 'PowerShell error';
    case 'cert-listing':
      return e.store ? `Certificate in ${e.store}` : 'Certificate listing';
    case 'registry-value':
      return `Registry value ${e.name}`;
    case 'mention':
      return 'Mentioned';
    case 'http-status':
      return `HTTP ${e.status}${e.substatus !== undefined ? `.${e.substatus}` : ''}`;
    case 'certificate':
      return `Certificate (${e.origin})`;
    case 'private-key':
      return `Private key (${e.origin})`;
  }
}

export function quoteOf(e: Evidence, source?: string): EvidenceQuote {
  return { label: labelOf(e), quote: clip(e.quote), ...(source ? { source } : {}) };
}

/** The line of `text` around [start, end), for quoting a pattern match. */
export function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start) + 1;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  return clip(text.slice(from, to));
}
