import { stem, tokenize } from '../../core/nlp';

describe('tokenize', () => {
  it('keeps a cmdlet whole and splits it into its words', () => {
    const terms = tokenize('why is Set-DPMCredentials failing', 'en');
    expect(terms).toEqual(expect.arrayContaining(['set-dpmcredentials', 'dpmcredentials', 'dpm', 'fail']));
    expect(terms).not.toContain('why');
    expect(terms).not.toContain('is');
  });

  it('splits camel case identifiers and keeps them whole', () => {
    const terms = tokenize('NDESCertThumbprint', 'en');
    expect(terms[0]).toBe('ndescertthumbprint');
    // "Cert" is shorthand for certificate, so the part meets the knowledge's "certificate".
    expect(terms).toEqual(expect.arrayContaining([stem('certificate', 'en'), 'thumbprint']));
  });

  it('reads admin shorthand as the word it stands for', () => {
    expect(tokenize('cert auth svc', 'en')).toEqual(tokenize('certificate authentication service', 'en'));
    expect(tokenize('expiry', 'en')).toEqual(tokenize('expired', 'en'));
  });

  it('normalises error codes from every notation to one term', () => {
    for (const code of ['0x800B0101', '800B0101', '-2146762495', '2148204801']) {
      expect(tokenize(`error ${code}`, 'en')).toContain('0x800b0101');
    }
    expect(tokenize('sc-win32-status 2148204809', 'en')).toContain('0x800b0109');
    expect(tokenize('0x8009000d', 'en')).toEqual(['0x8009000d']);
    expect(tokenize('Fehler 0x8009000D', 'de')).toContain('0x8009000d');
  });

  it('does not read a date or a port as an error code', () => {
    expect(tokenize('20121107 port 6076', 'en')).toEqual(['20121107', 'port', '6076']);
  });

  it('keeps CAPI2, KB numbers and log file names', () => {
    expect(tokenize('CAPI2', 'en')).toContain('capi2');
    expect(tokenize('KB2795828', 'en')).toEqual(['kb2795828', '2795828']);
    expect(tokenize('see KB 2795828', 'en')).toEqual(expect.arrayContaining(['kb2795828', '2795828']));
    expect(tokenize('MSDPMCurr.errlog', 'en')).toEqual(expect.arrayContaining(['msdpmcurr.errlog', 'errlog']));
  });

  it('drops English and German stop words', () => {
    expect(tokenize('what is the port of the service', 'en')).toEqual(['port', stem('service', 'en')]);
    expect(tokenize('warum ist der Dienst nicht', 'de')).toEqual([stem('dienst', 'de'), 'nicht']);
  });

  it('stems German as German: Zertifikate, Zertifikats and Zertifikat meet', () => {
    const [a, b, c] = tokenize('Zertifikate Zertifikats Zertifikat', 'de');
    expect(a).toBe(b);
    expect(b).toBe(c);
    // The English stemmer would not have joined them.
    expect(stem('zertifikate', 'en')).not.toBe(stem('zertifikats', 'en'));
  });

  it('joins German verb forms the Snowball stemmer leaves apart', () => {
    expect(stem('startet', 'de')).toBe(stem('starten', 'de'));
    expect(stem('funktioniert', 'de')).toBe(stem('funktionieren', 'de'));
  });

  it('stems English as English', () => {
    expect(stem('failing', 'en')).toBe(stem('fails', 'en'));
    expect(stem('certificates', 'en')).toBe(stem('certificate', 'en'));
  });

  it('treats words that are also object property names as words', () => {
    const terms = tokenize('constructor toString __proto__ hasOwnProperty valueOf', 'en');
    for (const t of terms) expect(typeof t).toBe('string');
    expect(terms).toContain(stem('constructor', 'en'));
  });

  it('never throws on odd input', () => {
    expect(tokenize('', 'en')).toEqual([]);
    expect(tokenize(undefined as unknown as string, 'de')).toEqual([]);
    expect(tokenize('\u200e\ufeff ️ 😀 ---', 'en')).toEqual([]);
    expect(tokenize('x'.repeat(100_000), 'en').length).toBeLessThanOrEqual(1);
  });
});
