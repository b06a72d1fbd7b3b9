import { readIis } from '../../core/intake/iis-w3c';
import { bare, ctxOf, fixture } from './helpers';

describe('IIS W3C logs', () => {
  test('NDES log of seed 003: placeholders and glued fields read by shape', () => {
    const list = readIis(ctxOf(fixture('ndes-iis-u_ex.log')));
    expect(list).toHaveLength(5);
    expect(bare(list[0])).toEqual({
      kind: 'iis-request',
      date: '2016-06-10',
      time: '02:44:06',
      method: 'GET',
      uriStem: '/certsrv/mscep/mscep.dll/pkiclient.exe',
      uriQuery: 'operation=GetCACert&message=MDM',
      status: 200,
      substatus: 0,
      win32Status: 0,
      timeTaken: 0,
      serverPort: 443,
      operation: 'GetCACert',
      queryLength: 31,
    });
    expect(list.map((r) => r.kind === 'iis-request' && r.operation)).toEqual(['GetCACert', 'GetCACaps', 'GetCACaps', 'GetCACert', undefined]);
  });

  test('CRP calls of the certificate registration point', () => {
    const list = readIis(ctxOf(fixture('crp-iis-u_ex.log')));
    expect(list.map((r) => r.kind === 'iis-request' && [r.method, r.uriStem, r.operation, r.status, r.timeTaken])).toEqual([
      ['POST', '/CMCertificateRegistration/Certificate/VerifyRequest', 'VerifyRequest', 201, 349],
      ['POST', '/CMCertificateRegistration/Certificate/Notify', 'Notify', 204, 102],
    ]);
  });

  test('default field order without a header, a 414 with its query length', () => {
    const query = 'operation=PKIOperation&message=MIIHCAYJKoZIhvcNAQcCoIIG%2BTCCBvUCAQExCzAJBgUrDgMCGgUAMIIDPQYJKoZIhvcNAQcBoIIDLgSCAyow';
    const line = `2016-06-10 02:44:12 10.1.1.20 GET /certsrv/mscep/mscep.dll/pkiclient.exe ${query} 443 - 10.1.1.5 Mozilla/4.0+(compatible;+Win32;+WinHttp.WinHttpRequest.5) - 414 0 0 15`;
    const [r] = readIis(ctxOf(line));
    expect(bare(r)).toEqual({
      kind: 'iis-request',
      date: '2016-06-10',
      time: '02:44:12',
      method: 'GET',
      uriStem: '/certsrv/mscep/mscep.dll/pkiclient.exe',
      uriQuery: query,
      status: 414,
      substatus: 0,
      win32Status: 0,
      timeTaken: 15,
      userAgent: 'Mozilla/4.0+(compatible;+Win32;+WinHttp.WinHttpRequest.5)',
      clientIp: '10.1.1.5',
      serverPort: 443,
      operation: 'PKIOperation',
      queryLength: query.length,
    });
  });

  test('a non-zero sc-win32-status is also a code: HRESULT as unsigned decimal, or Win32', () => {
    const log = '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\n' +
      '2024-03-01 10:00:00 10.0.0.1 GET /certsrv/mscep/mscep.dll operation=GetCACert 443 - 10.0.0.9 - - 403 16 2148204809 5\n' +
      '2024-03-01 10:00:01 10.0.0.1 GET /certsrv/mscep/mscep.dll operation=GetCACaps 443 - 10.0.0.9 - - 500 0 64 5';
    const list = readIis(ctxOf(log));
    expect(list.filter((e) => e.kind === 'iis-request').map((r) => r.kind === 'iis-request' && [r.status, r.substatus, r.win32Status])).toEqual([
      [403, 16, 2148204809],
      [500, 0, 64],
    ]);
    expect(list.filter((e) => e.kind === 'code').map(bare)).toEqual([
      { kind: 'code', value: 0x800b0109, notation: 'unsigned-decimal', raw: '2148204809' },
      { kind: 'code', value: 64, notation: 'win32-decimal', raw: '64', win32: 64 },
    ]);
  });

  test('a #Fields header with other columns is followed', () => {
    const log = '#Fields: date time cs-method cs-uri-stem sc-status sc-substatus sc-win32-status\n2024-03-01 10:00:00 POST /CertificateRegistrationSvc/Certificate/VerifyRequest 500 0 0';
    const [r] = readIis(ctxOf(log));
    expect(r).toMatchObject({ method: 'POST', operation: 'VerifyRequest', status: 500, queryLength: 0 });
  });
});
