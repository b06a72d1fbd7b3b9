// Reading certificates from attachments and pastes. Owned by the certificate work (issue 3).
// The content decides what an input is, never its name: DER, PEM with any label, bare Base64
// (Windows' "Base-64 encoded X.509 (.CER)" with CRLF), several blocks in one paste, PKCS#7 in DER
// or PEM, UTF-16 text. Private keys (PEM blocks, PKCS#12) are recognised and reported, never
// decoded or quoted. Nothing here throws: unreadable input becomes one plain note.

import type { CertificateEvidence, Evidence, InputInfo, PrivateKeyEvidence, Span } from '../model/evidence';
import { classifyDer, type DerKind } from './der';
import { readFacts } from './facts';
import { notes } from './notes';
import { decodeText } from './text';

export type { CertificateFacts } from './facts';

export interface CertificateMaterial {
  /** What the input is, when it is certificate material; undefined when it is not. */
  kind?: InputInfo['kind'];
  evidence: Evidence[];
  /** Plain-language notes for the user (private key exposed, unreadable DER, …). */
  notes: string[];
}

/** Binary input above this size is not sniffed further: no certificate bundle is that large. */
const MAX_BINARY_BYTES = 1024 * 1024;

/**
 * Looks for certificates, PKCS#7 bundles, PKCS#12 containers and private keys in one input
 * (bytes of a file, or the text of a paste with PEM / Base64 blocks).
 */
export async function readCertificateMaterial(
  content: Uint8Array | string,
  input: number,
  name: string,
): Promise<CertificateMaterial> {
  return readCertificateMaterialSync(content, input, name);
}

export function readCertificateMaterialSync(content: Uint8Array | string, input: number, name: string): CertificateMaterial {
  const reader = new MaterialReader(input, name);
  try {
    if (typeof content === 'string') reader.readText(content, false);
    else reader.readBytes(content);
  } catch {
    // A reader bug must not take the whole answer down; say what we could not read.
    reader.note(notes.damaged(name));
  }
  return reader.result();
}

type Kind = NonNullable<CertificateMaterial['kind']>;
/** When one input holds several kinds of material, the most alarming one describes it. */
const KIND_RANK: Kind[] = ['pkcs12', 'private-key', 'pkcs7', 'certificate', 'binary', 'empty'];

class MaterialReader {
  private readonly evidence: Evidence[] = [];
  private readonly notesOut: string[] = [];
  private kinds = new Set<Kind>();
  private certIndex = 0;

  constructor(
    private readonly input: number,
    private readonly name: string,
  ) {}

  note(text: string): void {
    if (!this.notesOut.includes(text)) this.notesOut.push(text);
  }

  result(): CertificateMaterial {
    const kind = KIND_RANK.find((k) => this.kinds.has(k));
    return { kind, evidence: this.evidence, notes: this.notesOut };
  }

  readBytes(bytes: Uint8Array): void {
    if (bytes.length === 0) {
      this.kinds.add('empty');
      this.note(notes.empty(this.name));
      return;
    }
    // DER first: 0x30 is also the digit "0", so a text file starting with "0x8009…" falls through to text.
    let der: DerKind | undefined;
    if (bytes[0] === 0x30 && bytes.length <= MAX_BINARY_BYTES) {
      der = classifyDer(bytes);
      if (der.type !== 'invalid') return this.take(der, undefined, 'DER');
    }
    const text = decodeText(bytes);
    if (text) return this.readText(text.text, true);
    this.kinds.add('binary');
    if (bytes.length > MAX_BINARY_BYTES) return this.note(notes.tooLarge(this.name, bytes.length));
    if (der?.type === 'invalid' && der.reason === 'truncated') return this.note(notes.truncated(this.name));
    if (der?.type === 'invalid' && der.reason === 'unknown-structure') return this.note(notes.unknownStructure(this.name));
    this.note(notes.notCertificate(this.name));
  }

  /** @param wholeFile the text is a file's whole content (a broken Base64 file deserves a note). */
  readText(text: string, wholeFile: boolean): void {
    const covered: [number, number][] = [];
    for (const block of pemBlocks(text)) {
      covered.push([block.start, block.end]);
      const span: Span = { input: this.input, start: block.start, end: block.end };
      if (!block.complete) {
        if (/PRIVATE KEY/.test(block.label)) this.privateKey('pem', span, block.label);
        // The END line alone may be missing (cut off while copying); the Base64 may still be whole.
        else if (!this.readBase64(block.body, span, block.firstLine, false)) this.note(notes.pemWithoutEnd(this.name, block.label));
        continue;
      }
      if (/PRIVATE KEY/.test(block.label)) {
        this.privateKey('pem', span, block.label);
        continue;
      }
      if (/CERTIFICATE REQUEST/.test(block.label)) {
        this.note(notes.request(this.name));
        continue;
      }
      this.readBase64(block.body, span, block.firstLine, true);
    }
    for (const run of base64Runs(text)) {
      if (covered.some(([s, e]) => run.start >= s && run.start < e)) continue;
      const span: Span = { input: this.input, start: run.start, end: run.end };
      this.readBase64(run.body, span, `${run.body.slice(0, 40)}…`, wholeFile || run.body.length >= 400);
    }
    if (wholeFile && this.evidence.length === 0 && this.notesOut.length === 0 && looksLikeBase64File(text)) {
      this.note(notes.brokenBase64(this.name));
    }
  }

  /** @returns whether the Base64 held something readable. */
  private readBase64(body: string, span: Span, quote: string, complainIfBroken: boolean): boolean {
    const clean = body.replace(/[^A-Za-z0-9+/=_-]/g, '');
    const bytes = Buffer.from(clean, clean.includes('-') || clean.includes('_') ? 'base64url' : 'base64');
    const der = classifyDer(bytes);
    if (der.type === 'invalid') {
      if (complainIfBroken) this.note(notes.brokenBase64(this.name));
      return false;
    }
    this.take(der, span, quote);
    return true;
  }

  private take(kind: DerKind, span: Span | undefined, quote: string): void {
    switch (kind.type) {
      case 'certificate':
        this.kinds.add('certificate');
        this.certificate(kind.der, span, quote);
        return;
      case 'pkcs7':
        this.kinds.add('pkcs7');
        if (kind.certificates.length === 0) this.note(notes.emptyPkcs7(this.name));
        for (const der of kind.certificates) this.certificate(der, span, quote);
        return;
      case 'pkcs12':
        this.privateKey('pkcs12', span, 'PKCS12');
        return;
      case 'private-key':
        this.privateKey('unknown', span, 'PRIVATE KEY');
        return;
      case 'crl':
        this.note(notes.crl(this.name));
        return;
      case 'invalid':
        return;
    }
  }

  private certificate(der: Uint8Array, span: Span | undefined, quote: string): void {
    let facts;
    try {
      facts = readFacts(der);
    } catch {
      this.note(notes.damaged(this.name));
      return;
    }
    const ev: CertificateEvidence = {
      kind: 'certificate',
      quote: quote === 'DER' ? `${facts.subject || '(empty subject)'} (thumbprint ${facts.thumbprint})` : quote,
      span,
      index: this.certIndex++,
      origin: this.name,
      thumbprintSha1: facts.thumbprint,
      facts,
    };
    this.evidence.push(ev);
  }

  private privateKey(format: PrivateKeyEvidence['format'], span: Span | undefined, label: string): void {
    this.kinds.add(format === 'pkcs12' ? 'pkcs12' : 'private-key');
    // The quote names the block; the key material itself is never copied anywhere.
    const ev: PrivateKeyEvidence = {
      kind: 'private-key',
      quote: format === 'pkcs12' ? `PKCS#12 container (${this.name})` : `-----BEGIN ${label}----- (key material not shown)`,
      span: span && { ...span, end: Math.min(span.end, span.start + label.length + 16) },
      format,
      origin: this.name,
    };
    this.evidence.push(ev);
    this.note(format === 'pkcs12' ? notes.pkcs12(this.name) : notes.privateKey(this.name, label));
  }
}

interface PemBlock {
  label: string;
  body: string;
  start: number;
  end: number;
  firstLine: string;
  complete: boolean;
}

/** PEM blocks with any label; a BEGIN line without its END is returned as incomplete. */
export function pemBlocks(text: string): PemBlock[] {
  const out: PemBlock[] = [];
  const begin = /-----BEGIN ([A-Z0-9 #]+)-----/g;
  let m: RegExpExecArray | null;
  while ((m = begin.exec(text))) {
    const label = m[1].trim();
    const endMarker = `-----END ${label}-----`;
    const endAt = text.indexOf(endMarker, m.index + m[0].length);
    const nextBegin = text.indexOf('-----BEGIN ', m.index + m[0].length);
    if (endAt < 0 || (nextBegin >= 0 && nextBegin < endAt)) {
      const stop = nextBegin >= 0 ? nextBegin : text.length;
      const body = /PRIVATE KEY/.test(label) ? '' : text.slice(m.index + m[0].length, stop).replace(/-----[^-]*$/, '');
      out.push({ label, body, start: m.index, end: stop, firstLine: m[0], complete: false });
      continue;
    }
    const raw = text.slice(m.index + m[0].length, endAt);
    // RFC 1421 headers ("Proc-Type: 4,ENCRYPTED") and openssl's "Bag Attributes" lines are not Base64.
    const body = raw
      .split(/\r?\n/)
      .filter((l) => !l.includes(':'))
      .join('');
    const end = endAt + endMarker.length;
    out.push({ label, body, start: m.index, end, firstLine: `${m[0]} ${body.trim().slice(0, 24)}…`, complete: true });
    begin.lastIndex = end;
  }
  return out;
}

/**
 * Header-less Base64 of a DER SEQUENCE with a two- or one-byte length ("MII…", "MIG…"): one long
 * token, optionally continued on following lines that are pure Base64.
 */
export function base64Runs(text: string): { body: string; start: number; end: number }[] {
  const out: { body: string; start: number; end: number }[] = [];
  const run = /(?<![A-Za-z0-9+/])MI[IGJKM][A-Za-z0-9+/]{37,}={0,2}(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9+/]{16,}={0,2}(?=[ \t]*(?:\r?\n|$)))*(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9+/]{1,15}={0,2}(?=[ \t]*(?:\r?\n|$)))?/g;
  let m: RegExpExecArray | null;
  while ((m = run.exec(text))) out.push({ body: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** A file that is (almost) only Base64 characters: someone meant it as a certificate. */
function looksLikeBase64File(text: string): boolean {
  const t = text.trim();
  if (t.length < 64) return false;
  // A DER SEQUENCE in Base64 starts with "MI": a file that starts so was meant as a certificate.
  if (/^MI[A-Za-z0-9+/]{8}/.test(t)) return true;
  const tokens = t.split(/\s+/);
  // Prose is short words; Base64 is long unbroken tokens of its alphabet.
  return tokens.every((w) => /^[A-Za-z0-9+/=]+$/.test(w)) && t.length / tokens.length >= 20;
}
