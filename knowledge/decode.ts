// Decodes error codes against the code tables (knowledge/codes) and CERT_TRUST_* bits against the
// reference tables. Pure: it reads only the loaded Knowledge. Everything it says about a code's name or
// message comes from a table row with a source; the arithmetic (notations, severity, facility,
// HRESULT_FROM_WIN32) is the HRESULT layout from winerror.h. An unknown code stays unknown: we print its
// notations and facility but never a guessed name or message.

import type { CodeInfo, Knowledge } from './graph';
import type { DecodedCode } from '../core/model/reply';

/** HRESULT_FROM_WIN32: Win32 error n becomes 0x8007nnnn. */
const FACILITY_WIN32 = 7;
const WIN32_MAX = 0xffff;

/**
 * Facilities seen in the certificate / PKI / TLS space (winerror.h FACILITY_* values; mingw-w64 winerror.h).
 * 0x7D0 is not a winerror.h facility: Configuration Manager uses it for its 0x87D0xxxx client codes.
 */
const FACILITIES: Record<number, { name: string; words: string }> = {
  0: { name: 'FACILITY_NULL', words: 'generic COM result' },
  1: { name: 'FACILITY_RPC', words: 'COM / RPC' },
  2: { name: 'FACILITY_DISPATCH', words: 'COM IDispatch' },
  3: { name: 'FACILITY_STORAGE', words: 'structured storage' },
  4: { name: 'FACILITY_ITF', words: 'interface-specific; the meaning depends on the component that returned it' },
  7: { name: 'FACILITY_WIN32', words: 'a Win32 error wrapped as an HRESULT (HRESULT_FROM_WIN32)' },
  8: { name: 'FACILITY_WINDOWS', words: 'Windows subsystem' },
  9: { name: 'FACILITY_SECURITY', words: 'security / SSPI: CryptoAPI, Schannel, Kerberos, certificate services (also FACILITY_SSPI)' },
  10: { name: 'FACILITY_CONTROL', words: 'ActiveX controls' },
  11: { name: 'FACILITY_CERT', words: 'certificate and trust verification' },
  12: { name: 'FACILITY_INTERNET', words: 'WinINet / URL monikers' },
  15: { name: 'FACILITY_SETUPAPI', words: 'Setup API' },
  16: { name: 'FACILITY_SCARD', words: 'smart card subsystem' },
  17: { name: 'FACILITY_COMPLUS', words: 'COM+' },
  0x7d0: { name: 'ConfigMgr', words: 'Configuration Manager client; not a winerror.h facility' },
};

export interface HresultParts {
  /** Unsigned 32-bit value. */
  value: number;
  /** True when bit 31 (severity) is set: a failure. */
  failure: boolean;
  /** Bits 16-28. */
  facility: number;
  /** Bits 0-15. */
  code: number;
}

export function hresultParts(value: number): HresultParts {
  const v = value >>> 0;
  return { value: v, failure: (v & 0x80000000) !== 0, facility: (v >>> 16) & 0x1fff, code: v & 0xffff };
}

/** A plain Win32 error number (as opposed to an HRESULT): it fits the 16-bit code field. */
export function isWin32Number(value: number): boolean {
  const v = value >>> 0;
  return v > 0 && v <= WIN32_MAX;
}

export function hresultFromWin32(win32: number): number {
  return win32 <= 0 ? win32 >>> 0 : ((win32 & 0xffff) | (FACILITY_WIN32 << 16) | 0x80000000) >>> 0;
}

/** The Win32 number inside an HRESULT_FROM_WIN32 value (0x8007xxxx), or of a plain Win32 number. */
export function win32Of(value: number): number | undefined {
  const v = value >>> 0;
  if (isWin32Number(v)) return v;
  const p = hresultParts(v);
  return p.failure && p.facility === FACILITY_WIN32 ? p.code : undefined;
}

export function hex8(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

export function facilityName(facility: number): string {
  const f = FACILITIES[facility];
  const hex = `0x${facility.toString(16).toUpperCase()}`;
  // Facilities past 0xFF (ConfigMgr's 0x7D0) are known by their hex value; the winerror.h ones by decimal.
  if (f) return `${f.name} (${facility > 0xff ? hex : facility})`;
  return `facility ${facility} (${hex})`;
}

function facilityWords(facility: number): string | undefined {
  return FACILITIES[facility]?.words;
}

/** The table row for a value: the HRESULT itself first, then (for 0x8007xxxx) the wrapped Win32 error. */
function lookup(k: Knowledge, value: number): { info?: CodeInfo; via?: 'win32' } {
  const v = value >>> 0;
  const direct = k.codes.get(v);
  if (direct) return { info: direct };
  const w = isWin32Number(v) ? undefined : win32Of(v);
  if (w !== undefined) {
    const inner = k.codes.get(w);
    if (inner) return { info: inner, via: 'win32' };
  }
  return {};
}

/**
 * Decodes one code. `value` is the unsigned HRESULT or a plain Win32 number; `raw` is how the input wrote it.
 * Win32 numbers are shown in their HRESULT_FROM_WIN32 hex form so that "Error 1008" and "0x800703F0" are one code.
 */
export function decodeCode(k: Knowledge, value: number, raw: string): DecodedCode {
  const v = value >>> 0;
  const win32 = isWin32Number(v);
  const hr = win32 ? hresultFromWin32(v) : v;
  const { info } = lookup(k, v);
  const facility = facilityName(hresultParts(hr).facility);
  const decoded: DecodedCode = { hex: hex8(hr), facility, raw, known: info !== undefined };
  if (info) {
    decoded.name = info.name;
    decoded.message = info.message;
  }
  return decoded;
}

/** Names of the CERT_TRUST_* bits of `group` ('error' = dwErrorStatus, 'info' = dwInfoStatus) set in `value`. */
export function trustFlags(k: Knowledge, value: number, group: 'error' | 'info'): string[] {
  const v = value >>> 0;
  return k.flags
    .filter((f) => f.group === group && f.numeric !== 0 && (v & f.numeric) === f.numeric)
    .sort((a, b) => a.numeric - b.numeric)
    .map((f) => f.name);
}

/** Bits set in `value` that no CERT_TRUST_* flag of `group` explains (so a caller can say so, not guess). */
export function unknownTrustBits(k: Knowledge, value: number, group: 'error' | 'info'): number {
  const known = k.flags.filter((f) => f.group === group).reduce((m, f) => (m | f.numeric) >>> 0, 0);
  return ((value >>> 0) & ~known) >>> 0;
}

export interface ParsedCodeInput {
  value: number;
  /** How the text was read, in words. */
  readAs: string;
}

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060\ufeff\u00a0]/g;

/**
 * Reads what a user types after `explain`: 0x800B0101, 800B0101, -2146762495, 2148204809, 1008,
 * HRESULT_FROM_WIN32(5), or a symbolic name (CERT_E_EXPIRED). Undefined when it is none of these.
 */
export function parseCodeInput(k: Knowledge, input: string): ParsedCodeInput | undefined {
  let t = input.replace(INVISIBLE, '').trim();
  t = t.replace(/^(?:error|fehler|code|hresult|win32)\b\s*[:=#]?\s*/i, '').trim();
  if (!t) return undefined;

  const byName = k.codesByName.get(t) ?? k.codesByName.get(t.toUpperCase());
  if (byName) return { value: byName.value, readAs: `symbolic name ${byName.name}` };

  const wrapped = /^HRESULT_FROM_WIN32\s*\(\s*(\d{1,5})\s*\)$/i.exec(t);
  if (wrapped) {
    const n = Number(wrapped[1]);
    if (n <= WIN32_MAX) return { value: hresultFromWin32(n), readAs: `HRESULT_FROM_WIN32(${n})` };
  }
  if (/^0x[0-9a-f]{1,8}$/i.test(t)) return { value: parseInt(t.slice(2), 16) >>> 0, readAs: 'hexadecimal' };
  if (/^[0-9a-f]{8}$/i.test(t)) {
    const asHex = parseInt(t, 16) >>> 0;
    // Eight digits without a letter ("80092013") are ambiguous; CAPI2 and certutil print HRESULTs bare, and an
    // 8-digit decimal starting with 8 or C is no code anyone pastes, so read those as hex.
    if (/[a-f]/i.test(t) || /^[8c]/i.test(t)) return { value: asHex, readAs: 'hexadecimal without 0x' };
  }
  if (/^-\d{1,10}$/.test(t)) {
    const n = Number(t);
    if (n >= -0x80000000) return { value: n >>> 0, readAs: 'signed decimal' };
    return undefined;
  }
  if (/^\d{1,10}$/.test(t)) {
    const n = Number(t);
    if (n > 0xffffffff) return undefined;
    return { value: n >>> 0, readAs: n <= WIN32_MAX ? 'Win32 error number (decimal)' : 'unsigned decimal' };
  }
  return undefined;
}

function sourceLine(info: CodeInfo): string {
  const s = info.sourceRef;
  if (!s) return `Source: table ${info.table}`;
  return `Source: ${s.title}${s.url ? ` <${s.url}>` : ''}${s.note ? ` (${s.note})` : ''}`;
}

function notationLines(v: number): string[] {
  if (isWin32Number(v)) {
    const hr = hresultFromWin32(v);
    return [
      `Notations: Win32 ${v} = 0x${v.toString(16).toUpperCase()}; as HRESULT_FROM_WIN32(${v}): ${hex8(hr)}, ` +
        `${hex8(hr).slice(2)}, unsigned ${hr}, signed ${hr | 0}`,
    ];
  }
  return [`Notations: ${hex8(v)}, ${hex8(v).slice(2)}, unsigned ${v}, signed ${v | 0}`];
}

function layoutLines(v: number): string[] {
  const hr = isWin32Number(v) ? hresultFromWin32(v) : v;
  const p = hresultParts(hr);
  const words = facilityWords(p.facility);
  const lines = [
    `Severity: ${p.failure ? 'failure (bit 31 set)' : 'success or information (bit 31 clear)'}`,
    `Facility: ${facilityName(p.facility)}${words ? ` - ${words}` : ''}`,
    `Code: 0x${p.code.toString(16).toUpperCase().padStart(4, '0')} (${p.code})`,
  ];
  if (isWin32Number(v)) lines.unshift('Kind: Win32 error number; Windows reports it as an HRESULT by wrapping it');
  return lines;
}

/**
 * The lines `certsleuth explain CODE` prints: every notation, severity, facility and code, the symbolic
 * name and message with their source, and for 0x8007xxxx the wrapped Win32 error. Unknown codes are said to
 * be unknown. Pass language 'de' to show Windows' German text first where the table has it.
 */
export function explainCode(k: Knowledge, input: string, language: 'en' | 'de' = 'en'): string[] {
  const parsed = parseCodeInput(k, input);
  if (!parsed) {
    return [
      `I can't read "${input.trim().slice(0, 80)}" as an error code.`,
      'Try 0x800B0101, 800B0101, -2146762495, 2148204809, 1008 or a name such as CERT_E_EXPIRED.',
    ];
  }
  const v = parsed.value;
  const { info, via } = lookup(k, v);
  const lines: string[] = [];
  const head = isWin32Number(v) ? `${v}` : hex8(v);
  if (info) {
    const viaText = via === 'win32' ? ` (HRESULT_FROM_WIN32 of Win32 ${info.value})` : '';
    lines.push(`${head} ${info.name}${viaText}`);
    if (language === 'de' && info.de) lines.push(`Meldung: ${info.de}`, `Message: ${info.message}`);
    else {
      lines.push(`Message: ${info.message}`);
      if (info.de) lines.push(`Windows (Deutsch): ${info.de}`);
    }
  } else {
    lines.push(`${head}: not in my code tables. I won't guess its name or meaning; the layout below is arithmetic.`);
  }
  lines.push(`Read as: ${parsed.readAs}`);
  lines.push(...notationLines(v), ...layoutLines(v));

  // 0x8007xxxx found directly (E_ACCESSDENIED): also name the Win32 error it wraps.
  const w = isWin32Number(v) ? undefined : win32Of(v);
  if (w !== undefined && via !== 'win32') {
    const inner = k.codes.get(w);
    lines.push(inner ? `Wraps Win32 ${w}: ${inner.name} - ${inner.message}` : `Wraps Win32 error ${w} (not in my tables).`);
  }
  if (info) lines.push(`Table: ${info.table}`, sourceLine(info));
  return lines;
}
