import { readEventXml, repairEventXml } from '../../core/intake/event-xml';
import { bare, ctxOf, fixture } from './helpers';

const NOT_TIME_VALID = { errorStatus: 1, errorFlags: ['CERT_TRUST_IS_NOT_TIME_VALID'] };

const EVENT_11 = {
  kind: 'event',
  format: 'xml',
  provider: 'Microsoft-Windows-CAPI2',
  eventId: 11,
  level: 'Error',
  channel: 'Microsoft-Windows-CAPI2/Operational',
  computer: 'NDES-Server.domain.com',
  timeCreated: '2015-08-21T21:34:59.073849200Z',
  operation: 'CertGetCertificateChain',
  processName: 'lsass.exe',
  result: { code: 0x800b0101, text: 'A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file.' },
  certificate: { fileRef: '5D87837BACC9486B3A879B8AB40F18ADCBD656FF.cer', thumbprint: '5d87837bacc9486b3a879b8ab40f18adcbd656ff', subjectName: 'NDES-Server.domain.com' },
  chain: { ...NOT_TIME_VALID, infoStatus: 0x100, infoFlags: ['CERT_TRUST_HAS_PREFERRED_ISSUER'] },
  elements: [
    {
      subjectName: 'NDES-Server.domain.com',
      fileRef: '5D87837BACC9486B3A879B8AB40F18ADCBD656FF.cer',
      thumbprint: '5d87837bacc9486b3a879b8ab40f18adcbd656ff',
      ...NOT_TIME_VALID,
      infoStatus: 0x102,
      infoFlags: ['CERT_TRUST_HAS_KEY_MATCH_ISSUER', 'CERT_TRUST_HAS_PREFERRED_ISSUER'],
      signatureHash: 'SHA1',
      publicKeyName: 'RSA',
      publicKeyLength: 1024,
      usages: ['Client Authentication'],
    },
    {
      subjectName: 'Issuing-CA-01',
      fileRef: '03924C0F96F4FE488E1EBCD04F7DBA00C5FB4A00.cer',
      thumbprint: '03924c0f96f4fe488e1ebcd04f7dba00c5fb4a00',
      errorStatus: 0,
      errorFlags: [],
      infoStatus: 0x102,
      infoFlags: ['CERT_TRUST_HAS_KEY_MATCH_ISSUER', 'CERT_TRUST_HAS_PREFERRED_ISSUER'],
      signatureHash: 'SHA1',
      publicKeyName: 'RSA',
      publicKeyLength: 2048,
      usages: ['any'],
    },
    {
      subjectName: 'Root-CA',
      fileRef: 'A474E335E45BF0A22C28F76D63DB3D1BD4225C36.cer',
      thumbprint: 'a474e335e45bf0a22c28f76d63db3d1bd4225c36',
      errorStatus: 0,
      errorFlags: [],
      infoStatus: 0x10c,
      infoFlags: ['CERT_TRUST_HAS_NAME_MATCH_ISSUER', 'CERT_TRUST_IS_SELF_SIGNED', 'CERT_TRUST_HAS_PREFERRED_ISSUER'],
      signatureHash: 'SHA1',
      publicKeyName: 'RSA',
      publicKeyLength: 4096,
      usages: ['any'],
    },
  ],
  data: {},
};

describe('event XML', () => {
  test('clean CAPI2 event 11: every field', () => {
    const list = readEventXml(ctxOf(fixture('capi2-11-clean.xml')));
    expect(list.map(bare)).toEqual([EVENT_11]);
    expect(list[0].quote).toMatch(/^<Result value="800B0101">A required certificate/);
  });

  test('seed 002 exactly as pasted: typographic quotes, lost closing quotes, no "<", no </System>', () => {
    const text = fixture('capi2-30-11-mangled.xml');
    const list = readEventXml(ctxOf(text));
    expect(list).toHaveLength(2);
    expect(bare(list[0])).toEqual({
      kind: 'event',
      format: 'xml',
      provider: 'Microsoft-Windows-CAPI2',
      eventId: 30,
      level: 'Error',
      channel: 'Microsoft-Windows-CAPI2/Operational',
      computer: 'NDES-Server.domain.com',
      timeCreated: '2015-08-21T21:31:32.502150700Z',
      operation: 'CertVerifyCertificateChainPolicy',
      processName: 'lsass.exe',
      result: { code: 0x800b0101, text: EVENT_11.result.text },
      certificate: EVENT_11.certificate,
      elements: [],
      policy: 'CERT_CHAIN_POLICY_SSL',
      data: {},
    });
    expect(bare(list[1])).toEqual(EVENT_11);
    expect(list[0].span).toEqual({ input: 0, start: 0, end: text.indexOf('</Event>') + '</Event>'.length });
    expect(list[1].span!.start).toBe(text.indexOf('<Event xmlns'));
  });

  test('repair rewrites damaged attributes', () => {
    expect(repairEventXml('<Provider Name=“Microsoft-Windows-CAPI2 Guid=“{5bbca4a8}“ />')).toBe('<Provider Name="Microsoft-Windows-CAPI2" Guid="{5bbca4a8}" />');
    expect(repairEventXml('<ErrorStatus value=“1 CERT_TRUST_IS_NOT_TIME_VALID=“true“ />')).toBe('<ErrorStatus value="1" CERT_TRUST_IS_NOT_TIME_VALID="true" />');
    expect(repairEventXml('<Certificate subjectName="CN=a, O=b" />')).toBe('<Certificate subjectName="CN=a, O=b" />');
  });

  test('an <Events> wrapper with EventData, no namespace, flags from the value alone', () => {
    const xml = `<Events><Event><System><Provider Name="Schannel" /><EventID Qualifiers="49152">36874</EventID><Level>2</Level><Channel>System</Channel><Computer>WEB01</Computer></System><EventData><Data Name="Protocol">TLS 1.0</Data></EventData></Event>
<Event><System><Provider Name="Microsoft-Windows-CAPI2" /><EventID>11</EventID></System><UserData><CertGetCertificateChain><CertificateChain><TrustStatus><ErrorStatus value="10020" /><InfoStatus value="0" /></TrustStatus></CertificateChain><Result value="800B010A">A certificate chain could not be built to a trusted root authority.</Result></CertGetCertificateChain></UserData></Event></Events>`;
    const list = readEventXml(ctxOf(xml));
    expect(list.map((e) => [e.provider, e.eventId, e.level ?? null, e.data])).toEqual([
      ['Schannel', 36874, 'Error', { Protocol: 'TLS 1.0' }],
      ['Microsoft-Windows-CAPI2', 11, null, {}],
    ]);
    expect(list[1].chain).toEqual({ errorStatus: 0x10020, errorFlags: ['CERT_TRUST_IS_UNTRUSTED_ROOT', 'CERT_TRUST_IS_PARTIAL_CHAIN'], infoStatus: 0, infoFlags: [] });
    expect(list[1].result).toEqual({ code: 0x800b010a, text: 'A certificate chain could not be built to a trusted root authority.' });
  });

  test('truncated XML still gives what it has; garbage gives a note, not an exception', () => {
    const cut = fixture('capi2-11-clean.xml').slice(0, 900);
    const list = readEventXml(ctxOf(cut));
    expect(list.map((e) => [e.provider, e.eventId, e.computer])).toEqual([['Microsoft-Windows-CAPI2', 11, 'NDES-Server.domain.com']]);
    const ctx = ctxOf('<Event <<<< >>>> </Event>');
    expect(readEventXml(ctx)).toEqual([]);
    expect(ctx.notes).toHaveLength(1);
  });
});
