// CERT_TRUST_STATUS bits, to name the flags of a CAPI2 ErrorStatus / InfoStatus value when the event
// does not carry them as attributes (events rendered by other tools, -verify output).
// Source: https://learn.microsoft.com/en-us/windows/win32/api/wincrypt/ns-wincrypt-cert_trust_status
// The knowledge's reference table (knowledge.flags) wins when it has the group.
import type { Knowledge } from '../../knowledge/graph';

const ERROR_BITS: [number, string][] = [
  [0x1, 'CERT_TRUST_IS_NOT_TIME_VALID'],
  [0x2, 'CERT_TRUST_IS_NOT_TIME_NESTED'],
  [0x4, 'CERT_TRUST_IS_REVOKED'],
  [0x8, 'CERT_TRUST_IS_NOT_SIGNATURE_VALID'],
  [0x10, 'CERT_TRUST_IS_NOT_VALID_FOR_USAGE'],
  [0x20, 'CERT_TRUST_IS_UNTRUSTED_ROOT'],
  [0x40, 'CERT_TRUST_REVOCATION_STATUS_UNKNOWN'],
  [0x80, 'CERT_TRUST_IS_CYCLIC'],
  [0x100, 'CERT_TRUST_INVALID_EXTENSION'],
  [0x200, 'CERT_TRUST_INVALID_POLICY_CONSTRAINTS'],
  [0x400, 'CERT_TRUST_INVALID_BASIC_CONSTRAINTS'],
  [0x800, 'CERT_TRUST_INVALID_NAME_CONSTRAINTS'],
  [0x1000, 'CERT_TRUST_HAS_NOT_SUPPORTED_NAME_CONSTRAINT'],
  [0x2000, 'CERT_TRUST_HAS_NOT_DEFINED_NAME_CONSTRAINT'],
  [0x4000, 'CERT_TRUST_HAS_NOT_PERMITTED_NAME_CONSTRAINT'],
  [0x8000, 'CERT_TRUST_HAS_EXCLUDED_NAME_CONSTRAINT'],
  [0x10000, 'CERT_TRUST_IS_PARTIAL_CHAIN'],
  [0x20000, 'CERT_TRUST_CTL_IS_NOT_TIME_VALID'],
  [0x40000, 'CERT_TRUST_CTL_IS_NOT_SIGNATURE_VALID'],
  [0x80000, 'CERT_TRUST_CTL_IS_NOT_VALID_FOR_USAGE'],
  [0x1000000, 'CERT_TRUST_IS_OFFLINE_REVOCATION'],
  [0x2000000, 'CERT_TRUST_NO_ISSUANCE_CHAIN_POLICY'],
  [0x4000000, 'CERT_TRUST_IS_EXPLICIT_DISTRUST'],
  [0x8000000, 'CERT_TRUST_HAS_NOT_SUPPORTED_CRITICAL_EXT'],
  [0x10000000, 'CERT_TRUST_HAS_WEAK_SIGNATURE'],
];

const INFO_BITS: [number, string][] = [
  [0x1, 'CERT_TRUST_HAS_EXACT_MATCH_ISSUER'],
  [0x2, 'CERT_TRUST_HAS_KEY_MATCH_ISSUER'],
  [0x4, 'CERT_TRUST_HAS_NAME_MATCH_ISSUER'],
  [0x8, 'CERT_TRUST_IS_SELF_SIGNED'],
  [0x10, 'CERT_TRUST_AUTO_UPDATE_CA_REVOCATION'],
  [0x20, 'CERT_TRUST_AUTO_UPDATE_END_REVOCATION'],
  [0x40, 'CERT_TRUST_NO_OCSP_FAILOVER_TO_CRL'],
  [0x80, 'CERT_TRUST_IS_KEY_ROLLOVER'],
  [0x100, 'CERT_TRUST_HAS_PREFERRED_ISSUER'],
  [0x200, 'CERT_TRUST_HAS_ISSUANCE_CHAIN_POLICY'],
  [0x400, 'CERT_TRUST_HAS_VALID_NAME_CONSTRAINTS'],
  [0x800, 'CERT_TRUST_IS_PEER_TRUSTED'],
  [0x1000, 'CERT_TRUST_HAS_CRL_VALIDITY_EXTENDED'],
  [0x2000, 'CERT_TRUST_IS_FROM_EXCLUSIVE_TRUST_STORE'],
  [0x4000, 'CERT_TRUST_IS_CA_TRUSTED'],
  [0x10000, 'CERT_TRUST_IS_COMPLEX_CHAIN'],
];

/** Names of the bits set in a CERT_TRUST_STATUS value of the given group. */
export function trustFlagNames(value: number, group: 'error' | 'info', knowledge?: Knowledge): string[] {
  if (!value) return [];
  const fromKnowledge = knowledge?.flags.filter((f) => f.group === group && f.name.startsWith('CERT_TRUST_')) ?? [];
  const table: [number, string][] = fromKnowledge.length
    ? fromKnowledge.map((f) => [f.numeric, f.name])
    : group === 'error'
      ? ERROR_BITS
      : INFO_BITS;
  return table.filter(([bit]) => bit !== 0 && (value & bit) >>> 0 === bit).map(([, name]) => name);
}
