// The loaded knowledge graph: every node by id, edges resolved both ways, and the queries the
// diagnosis needs. Built by knowledge/load.ts from the validated YAML files.

import type {
  RawCause,
  RawCheck,
  RawCode,
  RawComponent,
  RawEventInfo,
  RawFlag,
  RawFlow,
  RawRemediation,
  RawSource,
  RawSymptom,
} from './schema';

export type NodeKind = 'component' | 'symptom' | 'cause' | 'remediation' | 'check' | 'source' | 'flow';

/** Each node remembers the file (area) it came from, for lint messages and stats. */
export type Located<T> = T & { area: string; file: string };

export interface CodeInfo extends RawCode {
  /** The code as an unsigned 32-bit number (HRESULT) or the Win32 number. */
  value: number;
  table: string;
  sourceRef?: RawSource;
}

export interface Knowledge {
  components: Map<string, Located<RawComponent>>;
  symptoms: Map<string, Located<RawSymptom>>;
  causes: Map<string, Located<RawCause>>;
  remediations: Map<string, Located<RawRemediation>>;
  checks: Map<string, Located<RawCheck>>;
  sources: Map<string, Located<RawSource>>;
  flows: Map<string, Located<RawFlow>>;
  /** cause id → the symptoms that indicate it (reverse edges). */
  symptomsOfCause: Map<string, { symptom: string; weight: number }[]>;
  /** Error codes by numeric value. */
  codes: Map<number, CodeInfo>;
  /** Symbolic name (CERT_E_EXPIRED) → code. */
  codesByName: Map<string, CodeInfo>;
  /** CERT_TRUST_* and similar flags, by group then name. */
  flags: (RawFlag & { numeric: number })[];
  events: RawEventInfo[];
  alerts: { code: number; name: string; meaning: string; source: string }[];
  /** Areas (file names without extension) and their titles. */
  areas: Map<string, string>;
  /** Words of the field, from the areas' `vocabulary` (see schema.ts). */
  vocabulary: string[];
}

export function emptyKnowledge(): Knowledge {
  return {
    components: new Map(),
    symptoms: new Map(),
    causes: new Map(),
    remediations: new Map(),
    checks: new Map(),
    sources: new Map(),
    flows: new Map(),
    symptomsOfCause: new Map(),
    codes: new Map(),
    codesByName: new Map(),
    flags: [],
    events: [],
    alerts: [],
    areas: new Map(),
    vocabulary: [],
  };
}

/** Normalises any code notation's numeric value to the unsigned 32-bit form used as the table key. */
export function codeKey(value: number): number {
  return value >>> 0;
}
