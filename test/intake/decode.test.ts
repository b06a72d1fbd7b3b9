import { decodeContent, capLongLines, certificateBlocks, MAX_LINE_CHARS } from '../../core/intake/decode';
import { fixtureBytes } from './helpers';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
  test('UTF-8 with and without BOM', () => {
    expect(decodeContent(enc('Error 1008'))).toEqual({ kind: 'text', encoding: 'utf-8', text: 'Error 1008', bytes: 10, truncated: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Ereignis-ID: 30 – Gültigkeit')]);
    expect(decodeContent(withBom).text).toBe('Ereignis-ID: 30 – Gültigkeit');
  });

  test('UTF-16LE with BOM: the DPM errlog as DPM writes it', () => {
    const d = decodeContent(fixtureBytes('msdpmcurr-utf16le.errlog'));
    expect(d.kind).toBe('text');
    expect(d.encoding).toBe('utf-16le');
    expect(d.text.startsWith('1C3C\t0A38\t07/23')).toBe(true);
    expect(d.text).toContain('ConfigureCertificates.cs(400)');
  });

  test('UTF-16LE and UTF-16BE without BOM are sniffed from the NUL bytes', () => {
    const s = 'CCMSignData failed (0x8009200b). CcmExec 1/7/2005 5:59:40 PM';
    const le = new Uint8Array(Buffer.from(s, 'utf16le'));
    expect(decodeContent(le)).toMatchObject({ kind: 'text', encoding: 'utf-16le', text: s });
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    expect(decodeContent(be)).toMatchObject({ kind: 'text', encoding: 'utf-16be', text: s });
    const beBom = new Uint8Array([0xfe, 0xff, ...be]);
    expect(decodeContent(beBom).text).toBe(s);
  });

  test('binary and empty input', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(decodeContent(random).kind).toBe('binary');
    expect(decodeContent(new Uint8Array([0x30, 0x82, 0x03, 0x00, 0x30, 0x82]))).toMatchObject({ kind: 'binary' });
    expect(decodeContent(new Uint8Array())).toMatchObject({ kind: 'empty', text: '' });
    expect(decodeContent('   \n ')).toMatchObject({ kind: 'empty' });
  });

  test('invalid UTF-8 falls back to latin1 (Windows-1252)', () => {
    const d = decodeContent(new Uint8Array([0x46, 0x65, 0x68, 0x6c, 0x65, 0x72, 0x20, 0xfc, 0x62, 0x65, 0x72]));
    expect(d).toMatchObject({ kind: 'text', encoding: 'latin1', text: 'Fehler über' });
  });

  test('huge text is cut and marked truncated', () => {
    const d = decodeContent('x'.repeat(9 * 1024 * 1024));
    expect(d.truncated).toBe(true);
    expect(d.text.length).toBe(8 * 1024 * 1024);
  });

  test('over-long lines are blanked past the cap, offsets kept', () => {
    const text = `a\n${'b'.repeat(MAX_LINE_CHARS + 10)}\nc`;
    const capped = capLongLines(text);
    expect(capped.cut).toBe(1);
    expect(capped.text.length).toBe(text.length);
    expect(capped.text.endsWith(`${' '.repeat(10)}\nc`)).toBe(true);
    expect(capLongLines('short\nlines').cut).toBe(0);
  });

  test('certificate blocks: PEM and long bare Base64, not ordinary text', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
    const text = `is this ok?\n${pem}\nthanks`;
    const blocks = certificateBlocks(text);
    expect(blocks).toEqual([{ start: text.indexOf('-----BEGIN'), end: text.indexOf('-----END') + '-----END CERTIFICATE-----'.length }]);
    const b64 = Array.from({ length: 12 }, () => 'MIIDdzCCAl+gAwIBAgIQNOz5mRlbnZ1P7b3WN0mMQzANBgkqhkiG9w0BAQsFADBD').join('\n');
    expect(certificateBlocks(`cert:\n${b64}\nend`)).toHaveLength(1);
    expect(certificateBlocks('a'.repeat(5000))).toEqual([]);
    expect(certificateBlocks('Set-DPMCredentials -Thumbprint 493f27f35b2105804afbd49bb5a59bf2e380e00a')).toEqual([]);
  });
});
