// The knowledge graph's schema. Knowledge is data: one YAML file per area under knowledge/data,
// the error-code tables under knowledge/codes. This file says what those files may hold; the
// loader validates every file against it and the lint test keeps the graph whole.
//
// Node kinds and edges:
//   component   a product, role, service, store, log or port      (aliases feed mention detection)
//   symptom     a code, message pattern, event, log line, request  --indicates(weight)--> cause
//   cause       why it fails                                       --fixed-by--> remediation
//                                                                  --verified-by--> check
//                                                                  --affects--> component
//                                                                  --cites--> source
//   remediation steps and commands with {placeholders}
//   check       how to verify the fix
//   source      URL, KB, seed document
//   flow        guided troubleshooting: ordered steps (dialogs)

/** German text where the knowledge has it; English is the default. */
export interface GermanText {
  title?: string;
  summary?: string;
  explanation?: string;
  questions?: string[];
  steps?: RawStep[];
  prompt?: string;
  healthy?: string;
}

export interface RawStep {
  text: string;
  /** May hold {placeholders} filled from the evidence: {thumbprint}, {computer}, {dpmServer}, … */
  command?: string;
  shell?: 'powershell' | 'cmd' | 'reg' | 'sql' | 'text';
}

export interface RawSource {
  id: string;
  title: string;
  url?: string;
  /** KB number, seed file name, spec section. */
  note?: string;
}

export interface RawComponent {
  id: string;
  title: string;
  kind: 'product' | 'role' | 'service' | 'store' | 'log' | 'port' | 'registry' | 'file' | 'protocol' | 'tool';
  /** Words that name it in a paste or question (matched case-insensitively on word boundaries). */
  aliases?: string[];
  /** Log components this component writes to. */
  logsTo?: string[];
  /** Where it lives (a log's path, a registry key, a port). */
  location?: string;
  /** Component ids this one is part of (DPMRA is part of DPM). */
  partOf?: string[];
  de?: GermanText;
}

/**
 * Declarative matchers: a symptom is present when any one of its matchers matches the evidence.
 * Message patterns are regular expressions (case-insensitive), written as knowledge, not as code.
 */
export interface RawMatch {
  /** HRESULT / Win32 codes in any notation: "0x8009000D", "1008". */
  codes?: string[];
  /** DPM error IDs. */
  dpmIds?: number[];
  /** Regular expressions over the whole input text. */
  patterns?: string[];
  /** Windows events: all given fields must match. */
  events?: {
    provider?: string; // substring, case-insensitive: "CAPI2", "Schannel"
    ids?: number[];
    /** CERT_TRUST_* flag names that must be set on the chain or an element. */
    trustErrors?: string[];
    /** Result code of a CAPI2 event. */
    result?: string;
    /** Regex over the event's description / message. */
    description?: string;
  }[];
  /** Log lines: a regex over the message, optionally a component and a minimum severity. */
  logs?: { pattern: string; component?: string; severity?: 'warning' | 'error' }[];
  /** IIS requests: regex over the URI stem, statuses, operations. */
  iis?: {
    uri?: string;
    status?: number[];
    substatus?: number[];
    win32Status?: string[];
    operation?: string[];
  }[];
  /** Registry values: regex over key and name, optional regex over data. */
  registry?: { key?: string; name?: string; data?: string }[];
  /** Commands (canonical lower-case names) and optional parameters present. */
  commands?: { name: string; params?: string[] }[];
  /** HTTP statuses named in free text ("403.16"). */
  http?: { status: number; substatus?: number }[];
  /** Signals emitted by code rules (core/rules): the rule's signal id. */
  signals?: string[];
}

export interface RawIndication {
  cause: string;
  /** 0..1: how strongly this symptom alone points at this cause. */
  weight: number;
}

export interface RawSymptom {
  id: string;
  title: string;
  kind: 'code' | 'message' | 'event' | 'log' | 'request' | 'registry' | 'command' | 'certificate' | 'condition';
  match: RawMatch;
  indicates: RawIndication[];
  de?: GermanText;
}

export interface RawCause {
  id: string;
  title: string;
  /** What is wrong, in one or two sentences, in the user's terms. */
  summary: string;
  /** Why it happens: the mechanism. */
  explanation: string;
  /** Components this cause affects (context for ranking, and for mentions). */
  affects: string[];
  remediation: string[];
  verify: string[];
  sources: string[];
  /** Example questions an admin would ask when this is the cause (at least three). */
  questions: string[];
  /** Extra words that should lead a question here. */
  keywords?: string[];
  /** A guided flow that walks this area. */
  flow?: string;
  /**
   * A finding that states a fact about the user's own evidence ("this certificate fits DPM", "this
   * hop is healthy") must never be raised by a question alone: it needs a matching symptom.
   */
  requiresEvidence?: boolean;
  de?: GermanText;
}

export interface RawRemediation {
  id: string;
  title: string;
  steps: RawStep[];
  de?: GermanText;
}

export interface RawCheck {
  id: string;
  title: string;
  steps: RawStep[];
  de?: GermanText;
}

/** A step of a guided flow: what to ask for, what healthy looks like, where the log lives. */
export interface RawFlowStep {
  id: string;
  title: string;
  /** What the bot asks the user. */
  prompt: string;
  /** 'paste': asks for evidence; 'confirm': yes/no. */
  ask: 'paste' | 'confirm';
  /** Where the evidence lives (log path, command to run). */
  location?: string;
  command?: string;
  /** What a healthy answer looks like. */
  healthy: string;
  /** Symptom ids: when the pasted evidence matches one, this hop is faulty. */
  faultSymptoms?: string[];
  /** Signals (or symptom ids) that prove this hop healthy. */
  healthySymptoms?: string[];
  /** For 'confirm' steps: the cause to stop at when the answer is no. */
  noCause?: string;
  component?: string;
  de?: GermanText;
}

export interface RawFlow {
  id: string;
  title: string;
  /** Words that start it: "guide scep", "troubleshoot SCEP enrollment". */
  aliases: string[];
  summary: string;
  steps: RawFlowStep[];
  sources: string[];
  de?: GermanText;
}

/** One knowledge file (one area). Every list is optional so that areas can be small. */
export interface RawKnowledgeFile {
  area: string;
  title: string;
  /**
   * Words of the field (EN and DE, lower case; a trailing * matches any ending: "zertifi*"). A
   * question answered from words alone must name one of them, or a product the knowledge knows, so
   * that "thanks, that fixed it!" is not answered with a cause.
   */
  vocabulary?: string[];
  sources?: RawSource[];
  components?: RawComponent[];
  symptoms?: RawSymptom[];
  causes?: RawCause[];
  remediations?: RawRemediation[];
  checks?: RawCheck[];
  flows?: RawFlow[];
}

/** One row of the error-code tables (knowledge/codes/*.yaml). */
export interface RawCode {
  /** "0x800B0101" for HRESULTs; a decimal string for plain Win32 / WinHTTP errors ("1008", "12175"). */
  code: string;
  name: string;
  message: string;
  /** Key of a source in the same file. */
  source: string;
  de?: string;
}

export interface RawCodeFile {
  table: string;
  title: string;
  sources: RawSource[];
  codes: RawCode[];
}

/** Reference tables that are not causes: CAPI2 trust flags, event IDs, TLS alerts. */
export interface RawFlag {
  name: string;
  /** "0x00000001" */
  value: string;
  /** 'error' or 'info' for CERT_TRUST_*; free for others. */
  group: string;
  meaning: string;
  source: string;
}

export interface RawEventInfo {
  provider: string;
  id: number;
  title: string;
  meaning: string;
  source: string;
}

export interface RawReferenceFile {
  table: string;
  title: string;
  sources: RawSource[];
  flags?: RawFlag[];
  events?: RawEventInfo[];
  alerts?: { code: number; name: string; meaning: string; source: string }[];
}
