import { readHttpStatus } from '../../core/intake/http-status';
import { readMentions, matcherFor } from '../../core/intake/mentions';
import { detectLanguage } from '../../core/intake/language';
import { bare, ctxOf, spanText, testKnowledge } from './helpers';

describe('HTTP statuses in free text', () => {
  test('the usual phrasings', () => {
    const list = readHttpStatus(ctxOf('Browsing shows HTTP Error 403.16 - Forbidden, later 503 Service Unavailable, and the client logs status code 414.'));
    expect(list.map(bare)).toEqual([
      { kind: 'http-status', status: 403, substatus: 16 },
      { kind: 'http-status', status: 503 },
      { kind: 'http-status', status: 414 },
    ]);
    expect(readHttpStatus(ctxOf('The remote server returned an error: (403) Forbidden.')).map((e) => e.status)).toEqual([403]);
  });
  test('numbers that are not statuses', () => {
    expect(readHttpStatus(ctxOf('port 443, 200 certificates, ID 404'))).toEqual([]);
  });
});

describe('mentions', () => {
  test('aliases on word boundaries, once per component, with the text as written', () => {
    const text = 'After the Lync 2013 front end update, DPM and the Data Protection Manager agent fail; CryptSvc is running. SMS_CCM is not SMS.';
    const list = readMentions(ctxOf(text));
    expect(list.map(bare)).toEqual([
      { kind: 'mention', component: 'lync', text: 'Lync' },
      { kind: 'mention', component: 'dpm', text: 'DPM' },
      { kind: 'mention', component: 'windows.cryptsvc', text: 'CryptSvc' },
      { kind: 'mention', component: 'configmgr', text: 'SMS' },
    ]);
    expect(spanText(text, list[3])).toBe('SMS');
    expect(list[3].span!.start).toBe(text.lastIndexOf('SMS'));
  });

  test('ports: the knowledge component when there is one, else port.N', () => {
    expect(readMentions(ctxOf('netstat shows TCP 0.0.0.0:6076 LISTENING')).map((m) => m.component)).toEqual(['dpm.port-6076']);
    expect(readMentions(ctxOf('open port 5723 in the firewall')).map((m) => m.component)).toEqual(['port.5723']);
  });

  test('".NET" is not a host name ending, case does not matter, umlauts work', () => {
    expect(readMentions(ctxOf('lync2013.msxfaq.net'))).toEqual([]);
    expect(readMentions(ctxOf('the .net runtime')).map((m) => m.component)).toEqual(['dotnet']);
    expect(readMentions(ctxOf('Die KRYPTOGRAFIEDIENSTE laufen nicht')).map((m) => m.text)).toEqual(['KRYPTOGRAFIEDIENSTE']);
  });

  test('the matcher is built once per Knowledge', () => {
    const k = testKnowledge();
    expect(matcherFor(k)).toBe(matcherFor(k));
    expect(matcherFor(testKnowledge())).not.toBe(matcherFor(k));
  });
});

describe('language', () => {
  test('German questions and messages', () => {
    expect(detectLanguage('Lync 2013 Frontend Dienste starten nicht auf Windows Server 2012')).toBe('de');
    expect(detectLanguage('Fehler 0x800B0101: Ein erforderliches Zertifikat befindet sich nicht innerhalb seiner Gültigkeitsdauer.')).toBe('de');
    expect(detectLanguage('warum startet der Lync 2013 Frontend nicht')).toBe('de');
  });
  test('English and code-only input', () => {
    expect(detectLanguage('why is Set-DPMCredentials failing')).toBe('en');
    expect(detectLanguage('0x8009000d')).toBe('en');
    expect(detectLanguage('The certificate was not found in the store')).toBe('en');
  });
});
