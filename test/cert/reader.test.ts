// Reading certificate material by content: every format Windows and OpenSSL write, several blocks
// in one paste, private keys reported but never read, and bad input as one plain note.
import { X509Certificate as NodeX509, randomBytes, webcrypto } from 'node:crypto';
import { readCertificateMaterial, readCertificateMaterialSync } from '../../core/cert';
import type { CertificateEvidence, PrivateKeyEvidence } from '../../core/model/evidence';
import { der, keys, leaf, p7b, pem, pfx, rootCa, subCa, type Ca } from './fixtures';
import type { X509Certificate } from '@peculiar/x509';

let root: Ca;
let issuing: Ca;
let cert: X509Certificate;
let expectedThumb: string;

beforeAll(async () => {
  root = await rootCa();
  issuing = await subCa(root);
  cert = await leaf(issuing);
  // What `openssl x509 -fingerprint -sha1` prints, without the colons.
  expectedThumb = new NodeX509(der(cert)).fingerprint.replace(/:/g, '');
});

const certs = (m: { evidence: unknown[] }) => m.evidence.filter((e): e is CertificateEvidence => (e as CertificateEvidence).kind === 'certificate');
const keysOf = (m: { evidence: unknown[] }) => m.evidence.filter((e): e is PrivateKeyEvidence => (e as PrivateKeyEvidence).kind === 'private-key');

describe('formats, recognised by content', () => {
  it('reads DER bytes and gives the thumbprint openssl prints', () => {
    const m = readCertificateMaterialSync(der(cert), 0, 'server.txt');
    expect(m.kind).toBe('certificate');
    expect(certs(m).map((c) => c.thumbprintSha1)).toEqual([expectedThumb]);
    expect(m.notes).toEqual([]);
  });

  it('reads PEM with LF and Windows "Base-64 encoded X.509 (.CER)" with CRLF', () => {
    for (const text of [pem(cert), pem(cert, '\r\n')]) {
      const m = readCertificateMaterialSync(Buffer.from(text), 0, 'server.bin');
      expect(certs(m).map((c) => c.thumbprintSha1)).toEqual([expectedThumb]);
    }
  });

  it('reads bare Base64 without headers, on one line or wrapped, in a message', () => {
    const b64 = Buffer.from(cert.rawData).toString('base64');
    const wrapped = b64.match(/.{1,76}/g)!.join('\r\n');
    for (const text of [b64, wrapped, `here is the cert:\n${wrapped}\nthanks`]) {
      const m = readCertificateMaterialSync(text, 0, 'message');
      expect(certs(m).map((c) => c.thumbprintSha1)).toEqual([expectedThumb]);
    }
  });

  it('splits several PEM blocks in one paste (the library reads only the first)', () => {
    const text = `leaf:\n${pem(cert)}\nissuing:\n${pem(issuing.cert)}${pem(root.cert)}`;
    const m = readCertificateMaterialSync(text, 0, 'message');
    expect(certs(m).map((c) => c.facts.subjectCommonName)).toEqual(['dpm01.contoso.com', 'Contoso Issuing CA 01', 'Contoso Root CA']);
    expect(certs(m).map((c) => c.index)).toEqual([0, 1, 2]);
  });

  it('reads PKCS#7 .p7b in DER and in PEM (any label) with every certificate in it', () => {
    const bundle = p7b([cert, issuing.cert, root.cert]);
    const asPem = `-----BEGIN PKCS7-----\n${Buffer.from(bundle).toString('base64')}\n-----END PKCS7-----\n`;
    for (const content of [bundle, Buffer.from(asPem)]) {
      const m = readCertificateMaterialSync(content, 0, 'chain.p7b');
      expect(m.kind).toBe('pkcs7');
      expect(certs(m)[0].thumbprintSha1).toBe(expectedThumb);
      expect(certs(m)).toHaveLength(3);
    }
  });

  it('reads UTF-16 LE text files with and without a byte-order mark, and UTF-16 BE', () => {
    const text = pem(cert, '\r\n');
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(text, 'utf16le').swap16();
    for (const content of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), le, Buffer.concat([Buffer.from([0xfe, 0xff]), be])]) {
      expect(certs(readCertificateMaterialSync(content, 0, 'cert.txt')).map((c) => c.thumbprintSha1)).toEqual([expectedThumb]);
    }
  });

  it('leaves ordinary text alone: no evidence and no note', () => {
    const m = readCertificateMaterialSync(Buffer.from('0x80090016 Keyset does not exist\r\nanother line\r\n'), 0, 'log.txt');
    expect(m).toEqual({ kind: undefined, evidence: [], notes: [] });
  });

  it('keeps the async signature the intake calls', async () => {
    const m = await readCertificateMaterial(der(cert), 2, 'a.cer');
    expect(certs(m)[0].origin).toBe('a.cer');
  });
});

describe('private keys are reported, never read', () => {
  const KEY_BODY = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj';

  it('notes an exposed PEM key, quotes no key material, and still reads the certificate', () => {
    for (const label of ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']) {
      const text = `${pem(cert)}-----BEGIN ${label}-----\n${KEY_BODY}\n-----END ${label}-----\n`;
      const m = readCertificateMaterialSync(text, 0, 'server.pem');
      expect(keysOf(m)).toHaveLength(1);
      expect(certs(m).map((c) => c.thumbprintSha1)).toEqual([expectedThumb]);
      expect(m.notes.join(' ')).toMatch(/private key.*compromised.*revoke/i);
      expect(JSON.stringify(m)).not.toContain(KEY_BODY.slice(10, 40));
    }
  });

  it('recognises a password-protected .pfx, names it a private-key container, and does not throw', () => {
    const m = readCertificateMaterialSync(pfx(), 0, 'server.pfx');
    expect(m.kind).toBe('pkcs12');
    expect(keysOf(m).map((k) => k.format)).toEqual(['pkcs12']);
    expect(m.notes).toHaveLength(1);
    expect(m.notes[0]).toMatch(/PKCS#12.*compromised.*\.cer/);
  });

  it('recognises a DER PKCS#8 key file by its outer shape alone', async () => {
    const k = await keys(2048, 3);
    const pkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', k.privateKey));
    const m = readCertificateMaterialSync(pkcs8, 0, 'server.key');
    expect(m.kind).toBe('private-key');
    expect(keysOf(m)).toHaveLength(1);
    expect(certs(m)).toEqual([]);
    expect(m.notes[0]).toMatch(/compromised/);
  });
});

describe('bad input gives one clear sentence, never a throw', () => {
  const oneNote = (content: string | Uint8Array, name: string, rx: RegExp) => {
    const m = readCertificateMaterialSync(content, 0, name);
    expect(m.evidence).toEqual([]);
    expect(m.notes).toHaveLength(1);
    expect(m.notes[0]).toMatch(rx);
    expect(m.notes[0]).toContain(name);
  };

  it('random bytes named .cer', () => oneNote(randomBytes(1500), 'server.cer', /not a certificate.*attach/));
  it('an empty file', () => oneNote(new Uint8Array(0), 'empty.cer', /empty.*attach/));
  it('truncated DER', () => oneNote(der(cert).subarray(0, 400), 'cut.cer', /cut off|truncated/));
  it('a 10 MB file', () => oneNote(randomBytes(10 * 1024 * 1024), 'huge.cer', /MB.*too large/));
  it('broken Base64 inside a PEM block', () => {
    const broken = pem(cert).replace(/^(.{20}).{40}/m, '$1').replace('MII', 'MII');
    const lines = broken.split('\n');
    lines[3] = lines[3].slice(0, 10);
    oneNote(lines.join('\n'), 'broken.cer', /Base64.*damaged/);
  });
  it('a Base64 file that is not a certificate', () => oneNote(Buffer.from(`MIIB${'QUJD'.repeat(30)}`), 'b64.cer', /Base64.*damaged|not a certificate/));
  it('a PEM block cut off before its END line', () => oneNote(pem(cert).split('-----END')[0].slice(0, 300), 'half.pem', /no matching.*END/));
  it('reads a PEM block whose END line alone is missing', () => {
    const m = readCertificateMaterialSync(pem(cert).split('-----END')[0], 0, 'noend.pem');
    expect(certs(m).map((c) => c.thumbprintSha1)).toEqual([expectedThumb]);
  });
  it('a certificate request instead of a certificate', () =>
    oneNote('-----BEGIN NEW CERTIFICATE REQUEST-----\nMIIBIjANBg\n-----END NEW CERTIFICATE REQUEST-----', 'req.txt', /request \(CSR\)/));
});
