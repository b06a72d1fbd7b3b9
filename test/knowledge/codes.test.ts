// The code and reference tables load through the real loader, are big enough, cite a source for every row,
// and hold the well-known values as Windows defines them. Only codes/ and reference/ files are loaded so that
// other areas' in-progress files cannot break (or mask) these checks.
import { load as parseYaml } from 'js-yaml';
import { readKnowledgeTexts } from '../../knowledge/files';
import { buildKnowledge, KnowledgeError } from '../../knowledge/load';
import type { Knowledge } from '../../knowledge/graph';
import type { RawCodeFile, RawReferenceFile } from '../../knowledge/schema';

const texts = readKnowledgeTexts().filter((t) => t.path.startsWith('codes/') || t.path.startsWith('reference/'));
const codeTexts = texts.filter((t) => t.path.startsWith('codes/'));
const referenceTexts = texts.filter((t) => t.path.startsWith('reference/'));

let k: Knowledge;
beforeAll(() => {
  k = buildKnowledge(texts);
});

describe('code tables', () => {
  test('every code and reference file is present and loads through buildKnowledge', () => {
    expect(codeTexts.length).toBeGreaterThanOrEqual(8);
    expect(referenceTexts.length).toBeGreaterThanOrEqual(4);
    expect(() => buildKnowledge(texts)).not.toThrow();
  });

  test('hold at least 550 codes', () => {
    expect(k.codes.size).toBeGreaterThanOrEqual(550);
  });

  test('every code cites a source of its file that has a URL or a note', () => {
    for (const info of k.codes.values()) {
      expect({ code: info.code, source: info.sourceRef?.id }).toEqual({ code: info.code, source: info.source });
      expect(Boolean(info.sourceRef?.url || info.sourceRef?.note)).toBe(true);
      expect(info.message.trim().length).toBeGreaterThan(0);
    }
  });

  test('codes are written canonically: HRESULTs as 0x + 8 upper-case hex digits, Win32 numbers as decimals', () => {
    for (const t of codeTexts) {
      const doc = parseYaml(t.text) as RawCodeFile;
      for (const c of doc.codes) {
        const ok = /^0x[0-9A-F]{8}$/.test(c.code) || (/^[1-9]\d{0,4}$/.test(c.code) && Number(c.code) <= 0xffff);
        expect({ file: t.path, code: c.code, ok }).toEqual({ file: t.path, code: c.code, ok: true });
      }
    }
  });

  test('a code value appears once across all files (the loader rejects a duplicate)', () => {
    const dup = codeTexts.find((t) => t.path === 'codes/cert-trust.yaml')!;
    const copy = { path: 'codes/zz-copy.yaml', text: dup.text.replace(/^table: .*$/m, 'table: zz-copy') };
    expect(() => buildKnowledge([...texts, copy])).toThrow(KnowledgeError);
  });

  test.each([
    ['0x800B0101', 'CERT_E_EXPIRED', /not within its validity period/],
    ['0x800B0109', 'CERT_E_UNTRUSTEDROOT', /root certificate that is not trusted by the trust provider/],
    ['0x800B010F', 'CERT_E_CN_NO_MATCH', /CN name does not match/],
    ['0x80096004', 'TRUST_E_CERT_SIGNATURE', /signature of the certificate cannot be verified/],
    ['0x8009000D', 'NTE_NO_KEY', /^Key does not exist\.$/],
    ['0x80090016', 'NTE_BAD_KEYSET', /^Key set does not exist\.$/],
    ['0x80090014', 'NTE_BAD_PROV_TYPE', /Invalid provider type/],
    ['0x8009200B', 'CRYPT_E_NO_KEY_PROPERTY', /certificate and private key for decryption/],
    ['0x80092013', 'CRYPT_E_REVOCATION_OFFLINE', /revocation server was offline/],
    ['0x80092012', 'CRYPT_E_NO_REVOCATION_CHECK', /unable to check revocation/],
    ['0x8009030D', 'SEC_E_UNKNOWN_CREDENTIALS', /not recognized/],
    ['0x80090325', 'SEC_E_UNTRUSTED_ROOT', /authority that is not trusted/],
    ['0x00090312', 'SEC_I_CONTINUE_NEEDED', /called again/],
    ['0x80094800', 'CERTSRV_E_UNSUPPORTED_CERT_TYPE', /template is not supported by this CA/],
    ['0x80094012', 'CERTSRV_E_TEMPLATE_DENIED', /permissions on the certificate template/],
    ['0x8010002E', 'SCARD_E_NO_READERS_AVAILABLE', /smart card reader/],
    ['0x80004005', 'E_FAIL', /^Unspecified error\.$/],
    ['0x80070005', 'E_ACCESSDENIED', /access denied/],
    ['0x80070057', 'E_INVALIDARG', /arguments are invalid/],
    ['0x8001011B', 'RPC_E_ACCESS_DENIED', /Access is denied/],
    ['1008', 'ERROR_NO_TOKEN', /reference a token that does not exist/],
    ['5', 'ERROR_ACCESS_DENIED', /^Access is denied\.$/],
    ['1722', 'RPC_S_SERVER_UNAVAILABLE', /RPC server is unavailable/],
    ['1326', 'ERROR_LOGON_FAILURE', /user name or password is incorrect/],
    ['12175', 'ERROR_WINHTTP_SECURE_FAILURE', /Secure Sockets Layer \(SSL\) certificate/],
    ['12045', 'ERROR_WINHTTP_SECURE_INVALID_CA', /CERT_E_UNTRUSTEDROOT/],
    ['0x87D00215', 'ConfigMgr 0x87D00215', /^Item not found$/],
    ['0x87D00283', 'ConfigMgr 0x87D00283', /^Missing private key$/],
  ])('%s is %s', (code, name, message) => {
    const value = code.startsWith('0x') ? parseInt(code, 16) >>> 0 : Number(code);
    const info = k.codes.get(value);
    expect(info?.name).toBe(name);
    expect(info?.message).toMatch(message);
  });

  test('German text is only present where it reads as German (no English copied into de)', () => {
    const withDe = [...k.codes.values()].filter((c) => c.de);
    expect(withDe.length).toBeGreaterThan(0);
    for (const c of withDe) expect(c.de).not.toBe(c.message);
    expect(k.codes.get(5)?.de).toBe('Zugriff verweigert');
  });

  test('each family sits in its own table', () => {
    const tableOf = (v: number) => k.codes.get(v >>> 0)?.table;
    expect(tableOf(0x800b0101)).toBe('cert-trust');
    expect(tableOf(0x8009000d)).toBe('nte');
    expect(tableOf(0x80092013)).toBe('crypt');
    expect(tableOf(0x8009030e)).toBe('sspi');
    expect(tableOf(0x80094800)).toBe('certsrv');
    expect(tableOf(0x8010000c)).toBe('scard');
    expect(tableOf(12175)).toBe('winhttp');
    expect(tableOf(1008)).toBe('win32');
    expect(tableOf(0x80010105)).toBe('com-rpc');
    expect(tableOf(0x87d00215)).toBe('configmgr');
  });
});

describe('reference tables', () => {
  test('every flag, event and alert cites a source of its own file', () => {
    for (const t of referenceTexts) {
      const doc = parseYaml(t.text) as RawReferenceFile;
      const ids = new Set(doc.sources.map((s) => s.id));
      for (const e of [...(doc.flags ?? []), ...(doc.events ?? []), ...(doc.alerts ?? [])]) {
        expect({ file: t.path, source: e.source, known: ids.has(e.source) }).toEqual({
          file: t.path,
          source: e.source,
          known: true,
        });
        expect(e.meaning.trim().length).toBeGreaterThan(10);
      }
    }
  });

  test('CERT_TRUST_* flags carry single-bit values in the error or info group', () => {
    expect(k.flags.length).toBeGreaterThanOrEqual(35);
    for (const f of k.flags) {
      expect(['error', 'info']).toContain(f.group);
      expect(f.value).toMatch(/^0x[0-9A-F]{8}$/);
      expect(f.numeric & (f.numeric - 1)).toBe(0);
    }
    const errorNames = k.flags.filter((f) => f.group === 'error').map((f) => f.name);
    expect(errorNames).toEqual(expect.arrayContaining(['CERT_TRUST_IS_UNTRUSTED_ROOT', 'CERT_TRUST_IS_PARTIAL_CHAIN']));
  });

  const eventIds = (provider: string) => k.events.filter((e) => e.provider === provider).map((e) => e.id);

  test('Schannel events 36864-36889 and 36928 are all described', () => {
    const ids = eventIds('Schannel');
    for (let id = 36864; id <= 36889; id++) expect(ids).toContain(id);
    expect(ids).toContain(36928);
  });

  test('TLS alerts printed by events 36887/36888 are described', () => {
    const codes = k.alerts.map((a) => a.code);
    expect(codes).toEqual(expect.arrayContaining([0, 10, 40, 42, 43, 44, 45, 46, 48, 49, 51, 70, 71, 80, 90]));
    expect(k.alerts.find((a) => a.code === 48)?.name).toBe('unknown_ca');
  });

  test('CAPI2, NDES, CA and enrollment-client events are described', () => {
    expect(eventIds('Microsoft-Windows-CAPI2')).toEqual(expect.arrayContaining([11, 30, 41, 53, 70, 90, 4107]));
    expect(eventIds('Microsoft-Windows-NetworkDeviceEnrollmentService')).toEqual(
      expect.arrayContaining([2, 10, 16, 17, 18, 31]),
    );
    expect(eventIds('Microsoft-Windows-CertificationAuthority')).toEqual(expect.arrayContaining([22, 48, 53, 100]));
    expect(eventIds('Microsoft-Windows-CertificateServicesClient-AutoEnrollment')).toContain(6);
    expect(eventIds('Microsoft-Windows-CertificateServicesClient-CertEnroll')).toEqual(
      expect.arrayContaining([64, 86, 87]),
    );
  });
});
