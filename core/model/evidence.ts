// Evidence: what an input *says*, as typed facts, each with the place in the input it came from.
// Readers in core/intake produce it; rules and the diagnosis read it. Nothing here interprets:
// "0x8009000D" is a code, not yet "the machine key is gone".

import type { CertificateFacts } from '../cert/facts';

/** Where in which input a fact was read (character offsets into the decoded text of that input). */
export interface Span {
  /** Index into Intake.inputs. */
  input: number;
  start: number;
  end: number;
}

interface Base<K extends string> {
  kind: K;
  /** The input text the fact was read from, trimmed for quoting (at most ~240 characters). */
  quote: string;
  span?: Span;
}

/** How a numeric error code was written; the same code can arrive in several notations. */
export type CodeNotation =
  | 'hex' // 0x800B0101
  | 'hex-bare' // 800B0101 (CAPI2 Result value, certutil)
  | 'signed-decimal' // -2146762495 (event text)
  | 'unsigned-decimal' // 2148204809 (IIS sc-win32-status)
  | 'win32-decimal' // Error 1008, (WIN32: 1722 ...)
  | 'symbolic'; // CERT_E_EXPIRED, NTE_NO_KEY written by name

export interface CodeEvidence extends Base<'code'> {
  /** The code as an unsigned 32-bit value (HRESULT) or a small Win32 error number. */
  value: number;
  notation: CodeNotation;
  raw: string;
  /** For HRESULT_FROM_WIN32 values (0x8007xxxx) and plain Win32 numbers: the Win32 error number. */
  win32?: number;
}

/** A DPM error ID: "(ID: 33231)", "Error(Id= 33234)". */
export interface DpmIdEvidence extends Base<'dpm-id'> {
  id: number;
}

export type ThumbprintDefect =
  | 'spaces' // "49 3f 27 …" as copied from the certificate dialog
  | 'hidden-chars' // U+200E and friends, invisible in the console
  | 'wrong-length' // not 40 hex digits after cleaning
  | 'non-hex' // letters outside 0-9a-f
  | 'separators'; // colons or dashes (openssl style)

export type ThumbprintContext = 'command' | 'log' | 'registry' | 'file-ref' | 'certutil' | 'listing' | 'text';

export interface ThumbprintEvidence extends Base<'thumbprint'> {
  raw: string;
  /** Hex digits only, lower case; 40 characters when the value is complete. */
  clean: string;
  defects: ThumbprintDefect[];
  /** Hidden characters found, as "U+200E". */
  hiddenChars: string[];
  context: ThumbprintContext;
  /** What the thumbprint was attached to: a parameter (-Thumbprint), a registry value name, a log label. */
  label?: string;
}

/** One certificate of a CAPI2 chain element or event. */
export interface EventChainElement {
  subjectName?: string;
  fileRef?: string;
  thumbprint?: string;
  errorStatus: number;
  errorFlags: string[];
  infoStatus: number;
  infoFlags: string[];
  signatureHash?: string;
  publicKeyName?: string;
  publicKeyLength?: number;
  usages: string[];
}

/** A Windows event, from XML, Event Viewer text or Get-WinEvent | Format-List. */
export interface EventEvidence extends Base<'event'> {
  format: 'xml' | 'text';
  /** As written ("Microsoft-Windows-CAPI2", "Schannel"). */
  provider?: string;
  eventId?: number;
  level?: string;
  channel?: string;
  computer?: string;
  timeCreated?: string;
  /** The CAPI2 operation element under UserData (CertGetCertificateChain, CertVerifyCertificateChainPolicy, …). */
  operation?: string;
  processName?: string;
  /** CAPI2 Result: value and its text. */
  result?: { code?: number; text?: string };
  /** The certificate the event is about (CAPI2 <Certificate fileRef subjectName>). */
  certificate?: { fileRef?: string; thumbprint?: string; subjectName?: string };
  /** CAPI2 chain-level trust status. */
  chain?: { errorStatus: number; errorFlags: string[]; infoStatus: number; infoFlags: string[] };
  elements: EventChainElement[];
  /** CAPI2 chain policy (CERT_CHAIN_POLICY_SSL, …). */
  policy?: string;
  /** Description / message text of a text-format event. */
  description?: string;
  /** Every named data field found (EventData Data Name=…, Format-List keys). */
  data: Record<string, string>;
}

export type LogSeverity = 'info' | 'warning' | 'error';

/** A log line: CMTrace (<![LOG[…]LOG]!>), plain ConfigMgr/SMS text, or a DPM errlog line. */
export interface LogLineEvidence extends Base<'log-line'> {
  format: 'cmtrace' | 'sms-plain' | 'dpm-errlog';
  message: string;
  severity: LogSeverity;
  component?: string;
  time?: string;
  date?: string;
  thread?: string;
  /** Source file (CMTrace file="…", errlog "ConfigureCertificates.cs(400)"). */
  file?: string;
  /** errlog level word: NORMAL, WARNING, ERROR, FATAL. */
  level?: string;
}

/** One request of an IIS W3C log. */
export interface IisRequestEvidence extends Base<'iis-request'> {
  date?: string;
  time?: string;
  method?: string;
  uriStem: string;
  uriQuery?: string;
  status: number;
  substatus: number;
  win32Status: number;
  timeTaken?: number;
  userAgent?: string;
  clientIp?: string;
  serverPort?: number;
  /** SCEP operation from the query (GetCACaps, GetCACert, PKIOperation) or the CRP call (VerifyRequest, Notify). */
  operation?: string;
  /** Length of cs-uri-query in characters: large SCEP requests hit URL length limits. */
  queryLength: number;
}

/** One certificate block of certutil -store -v / -dump output. */
export interface CertutilCertEvidence extends Base<'certutil-cert'> {
  verb: 'store' | 'dump' | 'verify' | 'unknown';
  storeName?: string;
  index?: number;
  version?: number;
  serialNumber?: string;
  signatureAlgorithm?: string;
  issuer?: string;
  subject?: string;
  notBefore?: string;
  notAfter?: string;
  publicKeyLength?: number;
  publicKeyAlgorithm?: string;
  /** EKU / application policy names as printed ("Server Authentication"), and OIDs where shown. */
  applicationPolicies: string[];
  enhancedKeyUsage: string[];
  keyUsage?: string;
  template?: string;
  certHashSha1?: string;
  keyContainer?: string;
  provider?: string;
  providerType?: number;
  keySpec?: number;
  keySpecName?: string;
  /** true when a key-provider block is present; false when the block exists without one; undefined when unknown. */
  hasPrivateKey?: boolean;
  exportable?: boolean;
  encryptionTest?: 'passed' | 'failed';
  signatureTest?: 'passed' | 'failed';
  rootCertificate?: boolean;
}

/** A result or error certutil printed (e.g. -verify's chain errors, "CertUtil: -store command FAILED: 0x…"). */
export interface CertutilResultEvidence extends Base<'certutil-result'> {
  verb?: string;
  ok: boolean;
  code?: number;
  message: string;
}

/** A command line: PowerShell cmdlets, DPM tools (SetDpmServer), certutil, netsh, … */
export interface CommandEvidence extends Base<'command'> {
  /** The command name as written (Set-DPMCredentials, SetDpmServer.exe). */
  name: string;
  /** Canonical lower-case name without extension ("set-dpmcredentials", "setdpmserver"). */
  canonical: string;
  /** Parameters by lower-case name without dash; switch parameters map to "". */
  params: Record<string, string>;
}

/** A PowerShell error record: "Cmdlet : message (ID: N)". */
export interface PsErrorEvidence extends Base<'ps-error'> {
  cmdlet?: string;
  message: string;
  id?: number;
}

/** One certificate of a Get-ChildItem Cert:\… listing. */
export interface CertListingEvidence extends Base<'cert-listing'> {
  /** "LocalMachine\Root", "LocalMachine\My", "CurrentUser\My" when known (PSParentPath or the command's path). */
  store?: string;
  subject?: string;
  issuer?: string;
  thumbprint?: string;
  hasPrivateKey?: boolean;
  notAfter?: string;
  friendlyName?: string;
}

/** A registry value from a .reg export or reg query output. */
export interface RegistryValueEvidence extends Base<'registry-value'> {
  key: string;
  name: string;
  type: string;
  data: string;
  /** dword/qword data as a number. */
  number?: number;
}

/** A product, role, service, store, log or port the text names, canonicalised to a knowledge component id. */
export interface MentionEvidence extends Base<'mention'> {
  component: string;
  text: string;
}

/** An HTTP status named in free text ("HTTP Error 403.16", "503 Service Unavailable"). */
export interface HttpStatusEvidence extends Base<'http-status'> {
  status: number;
  substatus?: number;
}

/** A certificate read from an attachment or a pasted PEM/Base64 block. Filled by core/cert (certificate issue). */
export interface CertificateEvidence extends Base<'certificate'> {
  /** Position of this certificate in its file or paste (0 = first). */
  index: number;
  /** Where it came from: the file name, or "paste". */
  origin: string;
  thumbprintSha1: string;
  facts: CertificateFacts;
}

/** Private key material: never parsed or stored, only noticed so the user can be told to rotate it. */
export interface PrivateKeyEvidence extends Base<'private-key'> {
  format: 'pem' | 'pkcs12' | 'pvk' | 'unknown';
  origin: string;
}

export type Evidence =
  | CodeEvidence
  | DpmIdEvidence
  | ThumbprintEvidence
  | EventEvidence
  | LogLineEvidence
  | IisRequestEvidence
  | CertutilCertEvidence
  | CertutilResultEvidence
  | CommandEvidence
  | PsErrorEvidence
  | CertListingEvidence
  | RegistryValueEvidence
  | MentionEvidence
  | HttpStatusEvidence
  | CertificateEvidence
  | PrivateKeyEvidence;

export type EvidenceKind = Evidence['kind'];
export type EvidenceOf<K extends EvidenceKind> = Extract<Evidence, { kind: K }>;

export type Language = 'en' | 'de';

/** One input as the user gave it: a paste, a file, an attachment. */
export interface Input {
  /** "message", a file name, an attachment name. */
  name: string;
  /** Text inputs as a string; files as bytes (their kind is recognised by content, not by name). */
  content: string | Uint8Array;
}

/** How an input was read. */
export interface InputInfo {
  name: string;
  /** What the content turned out to be. */
  kind: 'text' | 'certificate' | 'pkcs7' | 'pkcs12' | 'private-key' | 'binary' | 'empty';
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1';
  bytes: number;
  /** The decoded text the spans point into (for text inputs). */
  text: string;
  truncated: boolean;
}

/** Everything the readers found in one turn's inputs (plus, in the bot, recent turns'). */
export interface Intake {
  inputs: InputInfo[];
  evidence: Evidence[];
  language: Language;
  /** Free-text question part of the input, when the user asked in words. */
  question?: string;
  /** All decoded text, joined, for pattern matching. */
  text: string;
  /** Problems met while reading (not understood, truncated), said plainly to the user. */
  notes: string[];
}

export function evidenceOf<K extends EvidenceKind>(intake: Pick<Intake, 'evidence'>, kind: K): EvidenceOf<K>[] {
  return intake.evidence.filter((e): e is EvidenceOf<K> => e.kind === kind);
}
