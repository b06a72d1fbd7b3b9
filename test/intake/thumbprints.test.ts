import { analyseThumbprint, readThumbprints } from '../../core/intake/thumbprints';
import { bare, ctxOf, fixture, spanText } from './helpers';

const read = (text: string) => readThumbprints(ctxOf(text));

describe('thumbprint analysis', () => {
  test('clean value has no defects', () => {
    expect(analyseThumbprint('8D8BDDBC15D73F3C20C3FAF3FAAB9B69075E582C')).toEqual({ clean: '8d8bddbc15d73f3c20c3faf3faab9b69075e582c', defects: [], hiddenChars: [] });
  });
  test('spaces, hidden characters, separators, non-hex, wrong length', () => {
    expect(analyseThumbprint('49 3f 27 f3 5b 21 05 80 4a fb d4 9b b5 a5 9b f2 e3 80 e0 0a').defects).toEqual(['spaces']);
    expect(analyseThumbprint('\u200e8d8bddbc15d73f3c20c3faf3faab9b69075e582c')).toEqual({ clean: '8d8bddbc15d73f3c20c3faf3faab9b69075e582c', defects: ['hidden-chars'], hiddenChars: ['U+200E'] });
    expect(analyseThumbprint('\ufeff8d8bddbc15d73f3c20c3faf3faab9b69075e582c\u200b').hiddenChars).toEqual(['U+FEFF', 'U+200B']);
    expect(analyseThumbprint('8D:8B:DD:BC:15:D7:3F:3C:20:C3:FA:F3:FA:AB:9B:69:07:5E:58:2C').defects).toEqual(['separators']);
    expect(analyseThumbprint('8d8bddbc15d73f3c20c3faf3faab9b69075e582g').defects).toEqual(['non-hex', 'wrong-length']);
    expect(analyseThumbprint('493f27f35b2105804afbd49bb5a59bf2e380e00')).toEqual({ clean: '493f27f35b2105804afbd49bb5a59bf2e380e00', defects: ['wrong-length'], hiddenChars: [] });
    expect(analyseThumbprint('8d8b\u00a0ddbc15d73f3c20c3faf3faab9b69075e582c').hiddenChars).toEqual(['U+00A0']);
  });
});

describe('thumbprints in context', () => {
  test('the 39-digit thumbprint of seed 000, with en-dash parameters', () => {
    const text = 'Set-DPMCredentials –DPMServerName DPM2012.contoso.com –Type Certificate –Action Configure –OutputFilePath C:\\Temp -Thumbprint 493f27f35b2105804afbd49bb5a59bf2e380e00';
    const [t] = read(text);
    expect(bare(t)).toEqual({
      kind: 'thumbprint',
      raw: '493f27f35b2105804afbd49bb5a59bf2e380e00',
      clean: '493f27f35b2105804afbd49bb5a59bf2e380e00',
      defects: ['wrong-length'],
      hiddenChars: [],
      context: 'command',
      label: 'Thumbprint',
    });
    expect(spanText(text, t)).toBe('493f27f35b2105804afbd49bb5a59bf2e380e00');
  });

  test('quoted with spaces, unquoted with spaces, hidden U+200E', () => {
    const quoted = read('Set-DPMCredentials -Thumbprint "49 3f 27 f3 5b 21 05 80 4a fb d4 9b b5 a5 9b f2 e3 80 e0 0a" -Type Certificate');
    expect(quoted.map((t) => [t.clean, t.defects, t.context])).toEqual([['493f27f35b2105804afbd49bb5a59bf2e380e00a', ['spaces'], 'command']]);
    const unquoted = read('SetDpmServer -Thumbprint 49 3f 27 f3 5b 21 05 80 4a fb d4 9b b5 a5 9b f2 e3 80 e0 0a -dpmCredential x.bin');
    expect(unquoted.map((t) => [t.raw, t.clean])).toEqual([['49 3f 27 f3 5b 21 05 80 4a fb d4 9b b5 a5 9b f2 e3 80 e0 0a', '493f27f35b2105804afbd49bb5a59bf2e380e00a']]);
    const hidden = read('-Thumbprint \u200e8d8bddbc15d73f3c20c3faf3faab9b69075e582c');
    expect(hidden.map((t) => [t.raw, t.defects, t.hiddenChars])).toEqual([['\u200e8d8bddbc15d73f3c20c3faf3faab9b69075e582c', ['hidden-chars'], ['U+200E']]]);
  });

  test('errlog labels, deduped per way of writing', () => {
    const list = read(fixture('msdpmcurr-errlog-33231.txt'));
    expect(list.map(bare)).toEqual([
      { kind: 'thumbprint', raw: '8d8bddbc15d73f3c20c3faf3faab9b69075e582c', clean: '8d8bddbc15d73f3c20c3faf3faab9b69075e582c', defects: [], hiddenChars: [], context: 'log', label: 'thumbprint' },
    ]);
  });

  test('CAPI2 fileRef, certutil Cert Hash, registry value, bare token', () => {
    expect(read(fixture('capi2-11-clean.xml')).map((t) => [t.context, t.clean])).toEqual([
      ['file-ref', '5d87837bacc9486b3a879b8ab40f18adcbd656ff'],
      ['file-ref', '03924c0f96f4fe488e1ebcd04f7dba00c5fb4a00'],
      ['file-ref', 'a474e335e45bf0a22c28f76d63db3d1bd4225c36'],
    ]);
    expect(read('Cert Hash(sha1): a5 03 37 ab 01 5d 56 12 b7 dc 4c 1e 75 9d 20 1e 74 cc 2a 93').map((t) => [t.context, t.clean, t.defects])).toEqual([
      ['certutil', 'a50337ab015d5612b7dc4c1e759d201e74cc2a93', ['spaces']],
    ]);
    expect(read('"NDESCertThumbprint"="5d87837bacc9486b3a879b8ab40f18adcbd656ff"').map((t) => [t.context, t.label, t.raw])).toEqual([
      ['registry', 'NDESCertThumbprint', '5d87837bacc9486b3a879b8ab40f18adcbd656ff'],
    ]);
    expect(read('the new one is 03924C0F96F4FE488E1EBCD04F7DBA00C5FB4A00.').map((t) => [t.context, t.clean])).toEqual([['text', '03924c0f96f4fe488e1ebcd04f7dba00c5fb4a00']]);
  });

  test('not thumbprints: GUIDs, serials, 64-hex hashes', () => {
    expect(read('{57CE5453-2951-4AE2-A036-E685FC52AB83} 5da52bdc000226d4c235 ' + 'ab'.repeat(32))).toEqual([]);
  });
});
