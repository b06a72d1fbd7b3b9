// Decoding against the real code and reference tables: every notation a user pastes reaches the same row,
// HRESULT_FROM_WIN32 values name their Win32 error, facilities are put in words, an unknown code stays
// unknown, and CERT_TRUST_* bits decode the way CAPI2 itself labels them.
import { readKnowledgeTexts } from '../../knowledge/files';
import { buildKnowledge } from '../../knowledge/load';
import type { Knowledge } from '../../knowledge/graph';
import {
  decodeCode,
  explainCode,
  hresultFromWin32,
  parseCodeInput,
  trustFlags,
  unknownTrustBits,
  win32Of,
} from '../../knowledge/decode';

let k: Knowledge;
beforeAll(() => {
  k = buildKnowledge(
    readKnowledgeTexts().filter((t) => t.path.startsWith('codes/') || t.path.startsWith('reference/')),
  );
});

describe('decodeCode', () => {
  test('an HRESULT from the tables: name, message, hex and facility', () => {
    expect(decodeCode(k, 0x800b0101, '0x800b0101')).toEqual({
      hex: '0x800B0101',
      name: 'CERT_E_EXPIRED',
      message: expect.stringMatching(/not within its validity period/),
      facility: 'FACILITY_CERT (11)',
      raw: '0x800b0101',
      known: true,
    });
  });

  test('0x8007xxxx names the wrapped Win32 error (WinHTTP 12175 arrives as 0x80072F8F)', () => {
    const d = decodeCode(k, 0x80072f8f, '0x80072f8f');
    expect(d).toMatchObject({ hex: '0x80072F8F', name: 'ERROR_WINHTTP_SECURE_FAILURE', known: true });
    expect(d.facility).toBe('FACILITY_WIN32 (7)');
    expect(decodeCode(k, 0x800703f0, '0x800703F0').name).toBe('ERROR_NO_TOKEN');
    expect(decodeCode(k, 0x800706ba, '0x800706BA').name).toBe('RPC_S_SERVER_UNAVAILABLE');
    // Autoenrollment against an unreachable DC: "The server is not operational".
    expect(decodeCode(k, 0x8007203a, '0x8007203a').name).toBe('ERROR_DS_SERVER_DOWN');
  });

  test('a plain Win32 number decodes and shows its HRESULT_FROM_WIN32 hex, so both spellings are one code', () => {
    const plain = decodeCode(k, 1008, 'Error 1008');
    const wrapped = decodeCode(k, 0x800703f0, '0x800703F0');
    expect(plain).toMatchObject({ hex: '0x800703F0', name: 'ERROR_NO_TOKEN', raw: 'Error 1008', known: true });
    expect(plain.hex).toBe(wrapped.hex);
  });

  test('signed values (as events print them) decode like their unsigned form', () => {
    expect(decodeCode(k, -2146885613, '-2146885613')).toMatchObject({
      hex: '0x80092013',
      name: 'CRYPT_E_REVOCATION_OFFLINE',
      facility: 'FACILITY_SECURITY (9)',
    });
  });

  test.each([
    [0x8010000c, 'FACILITY_SCARD (16)', 'SCARD_E_NO_SMARTCARD'],
    [0x80010105, 'FACILITY_RPC (1)', 'RPC_E_SERVERFAULT'],
    [0x87d00215, 'ConfigMgr (0x7D0)', 'ConfigMgr 0x87D00215'],
    [0x80004005, 'FACILITY_NULL (0)', 'E_FAIL'],
    [0x00090312, 'FACILITY_SECURITY (9)', 'SEC_I_CONTINUE_NEEDED'],
  ])('%s: facility %s', (value, facility, name) => {
    expect(decodeCode(k, value, String(value))).toMatchObject({ facility, name, known: true });
  });

  test('an unknown code is known:false with no name or message, but its facility is still decoded', () => {
    const d = decodeCode(k, 0x8009ffff, '0x8009FFFF');
    expect(d).toEqual({ hex: '0x8009FFFF', facility: 'FACILITY_SECURITY (9)', raw: '0x8009FFFF', known: false });
    expect(d).not.toHaveProperty('name');
    expect(d).not.toHaveProperty('message');
    expect(decodeCode(k, 0x8007fffe, '0x8007FFFE').known).toBe(false);
    expect(decodeCode(k, 0x80040200, '0x80040200')).toMatchObject({ known: false, facility: 'FACILITY_ITF (4)' });
    expect(decodeCode(k, 0x8abc0001, '0x8ABC0001').facility).toBe('facility 2748 (0xABC)');
  });
});

describe('arithmetic helpers', () => {
  test('HRESULT_FROM_WIN32 and back', () => {
    expect(hresultFromWin32(5)).toBe(0x80070005);
    expect(hresultFromWin32(12175)).toBe(0x80072f8f);
    expect(win32Of(0x800706ba)).toBe(1722);
    expect(win32Of(1008)).toBe(1008);
    expect(win32Of(0x800b0101)).toBeUndefined();
  });
});

describe('parseCodeInput: every notation users paste', () => {
  test.each([
    ['0x800B0101', 0x800b0101],
    ['0x800b0101', 0x800b0101],
    ['800B0101', 0x800b0101],
    ['80092013', 0x80092013],
    ['-2146762495', 0x800b0101],
    ['2148204801', 0x800b0101],
    ['2148204809', 0x800b0109],
    ['1008', 1008],
    ['Error 1008', 1008],
    ['HRESULT_FROM_WIN32(5)', 0x80070005],
    ['CERT_E_EXPIRED', 0x800b0101],
    ['cert_e_expired', 0x800b0101],
    ['\u200e0x800B0109', 0x800b0109],
  ])('%s', (input, value) => {
    expect(parseCodeInput(k, input)?.value).toBe(value);
  });

  test.each([['hello'], [''], ['0x1234567890'], ['99999999999'], ['-99999999999']])('rejects %p', (input) => {
    expect(parseCodeInput(k, input)).toBeUndefined();
  });
});

describe('explainCode', () => {
  test.each([['0x800B0101'], ['800B0101'], ['-2146762495'], ['2148204801'], ['CERT_E_EXPIRED']])(
    '%s explains CERT_E_EXPIRED with every notation, severity, facility, code and source',
    (input) => {
      const lines = explainCode(k, input);
      expect(lines[0]).toBe('0x800B0101 CERT_E_EXPIRED');
      expect(lines).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Message: A required certificate is not within its validity period/),
          'Notations: 0x800B0101, 800B0101, unsigned 2148204801, signed -2146762495',
          'Severity: failure (bit 31 set)',
          expect.stringMatching(/^Facility: FACILITY_CERT \(11\) - certificate and trust verification/),
          'Code: 0x0101 (257)',
          expect.stringMatching(/^Source: fortra\/impacket impacket\/hresult_errors\.py/),
        ]),
      );
    },
  );

  test('a Win32 number shows its HRESULT_FROM_WIN32 form in every notation', () => {
    const lines = explainCode(k, '1008');
    expect(lines[0]).toBe('1008 ERROR_NO_TOKEN');
    expect(lines).toContain(
      'Notations: Win32 1008 = 0x3F0; as HRESULT_FROM_WIN32(1008): 0x800703F0, 800703F0, unsigned 2147943408, signed -2147023888',
    );
    expect(lines).toContain('Facility: FACILITY_WIN32 (7) - a Win32 error wrapped as an HRESULT (HRESULT_FROM_WIN32)');
  });

  test('0x80072F8F names WinHTTP 12175 and says it is HRESULT_FROM_WIN32', () => {
    expect(explainCode(k, '0x80072F8F')[0]).toBe(
      '0x80072F8F ERROR_WINHTTP_SECURE_FAILURE (HRESULT_FROM_WIN32 of Win32 12175)',
    );
  });

  test('0x80070005 is E_ACCESSDENIED and also names the Win32 error it wraps', () => {
    const lines = explainCode(k, '0x80070005');
    expect(lines[0]).toBe('0x80070005 E_ACCESSDENIED');
    expect(lines).toContain('Wraps Win32 5: ERROR_ACCESS_DENIED - Access is denied.');
  });

  test('an unknown code is said to be unknown and nothing is guessed', () => {
    const lines = explainCode(k, '0x8009FFFF');
    expect(lines[0]).toMatch(/^0x8009FFFF: not in my code tables/);
    expect(lines.some((l) => l.startsWith('Message:') || l.startsWith('Source:'))).toBe(false);
    expect(lines).toContain('Notations: 0x8009FFFF, 8009FFFF, unsigned 2148139007, signed -2146828289');
  });

  test('unreadable input gets a clear line, not an exception', () => {
    expect(explainCode(k, 'what is this')[0]).toMatch(/can't read "what is this" as an error code/);
  });

  test('German: Windows wording first where the table has it, English otherwise', () => {
    expect(explainCode(k, '0x800B0109', 'de')[1]).toMatch(/^Meldung: Eine Zertifikatkette wurde zwar verarbeitet/);
    expect(explainCode(k, '0x8009000D', 'de')[1]).toBe('Message: Key does not exist.');
  });
});

describe('trustFlags', () => {
  test('0x1 in the error status is CERT_TRUST_IS_NOT_TIME_VALID', () => {
    expect(trustFlags(k, 0x1, 'error')).toEqual(['CERT_TRUST_IS_NOT_TIME_VALID']);
  });

  test('0x10C in the info status: name match issuer, self-signed, preferred issuer', () => {
    expect(trustFlags(k, 0x10c, 'info')).toEqual([
      'CERT_TRUST_HAS_NAME_MATCH_ISSUER',
      'CERT_TRUST_IS_SELF_SIGNED',
      'CERT_TRUST_HAS_PREFERRED_ISSUER',
    ]);
  });

  test('the same bit means different things in the error and info groups', () => {
    expect(trustFlags(k, 0x1, 'info')).toEqual(['CERT_TRUST_HAS_EXACT_MATCH_ISSUER']);
    expect(trustFlags(k, 0, 'error')).toEqual([]);
  });

  // CAPI2 writes the value and, as attributes, the names it decoded; our decoding must agree with Windows.
  test.each([
    ['<ErrorStatus value="1000040" CERT_TRUST_REVOCATION_STATUS_UNKNOWN="true" CERT_TRUST_IS_OFFLINE_REVOCATION="true" />', 'error'],
    ['<ErrorStatus value="20" CERT_TRUST_IS_UNTRUSTED_ROOT="true" />', 'error'],
    ['<ErrorStatus value="10021" CERT_TRUST_IS_NOT_TIME_VALID="true" CERT_TRUST_IS_UNTRUSTED_ROOT="true" CERT_TRUST_IS_PARTIAL_CHAIN="true" />', 'error'],
    ['<InfoStatus value="102" CERT_TRUST_HAS_KEY_MATCH_ISSUER="true" CERT_TRUST_HAS_PREFERRED_ISSUER="true" />', 'info'],
  ] as const)('%s', (xml, group) => {
    const value = parseInt(/value="([0-9A-F]+)"/i.exec(xml)![1], 16);
    const named = [...xml.matchAll(/(CERT_TRUST_\w+)="true"/g)].map((m) => m[1]).sort();
    expect(trustFlags(k, value, group).sort()).toEqual(named);
    expect(unknownTrustBits(k, value, group)).toBe(0);
  });

  test('bits no flag explains are reported, not named', () => {
    expect(unknownTrustBits(k, 0x80000001, 'error')).toBe(0x80000000);
  });
});
