import { readCodes } from '../../core/intake/codes';
import { bare, ctxOf, fixture, spanText } from './helpers';

const codes = (text: string) => readCodes(ctxOf(text));

describe('codes', () => {
  test('0x hex, HRESULT_FROM_WIN32 sets win32', () => {
    const text = 'SetDpmServer failed with errorcode =0x809909b4, error says: (null)';
    const [c] = codes(text);
    expect(bare(c)).toEqual({ kind: 'code', value: 0x809909b4, notation: 'hex', raw: '0x809909b4' });
    expect(spanText(text, c)).toBe('0x809909b4');
    expect(bare(codes('Access denied (0x80070005)')[0])).toEqual({ kind: 'code', value: 0x80070005, notation: 'hex', raw: '0x80070005', win32: 5 });
  });

  test('bare 8 hex digits: CAPI2 Result and a lone token', () => {
    const [c] = codes(fixture('capi2-30-11-mangled.xml'));
    expect(bare(c)).toEqual({ kind: 'code', value: 0x800b0101, notation: 'hex-bare', raw: '800B0101' });
    expect(bare(codes('800B0101')[0])).toMatchObject({ value: 0x800b0101, notation: 'hex-bare' });
    // All digits and unknown to the tables, but in the Result slot of a CAPI2 event.
    expect(codes('<Result value="80092012">The revocation function was unable to check revocation for the certificate.</Result>').map((c) => c.value)).toEqual([0x80092012]);
    expect(codes('the ticket 80092012 was closed')).toEqual([]);
  });

  test('signed and unsigned decimals in the HRESULT range', () => {
    expect(bare(codes('The operation failed with -2146762495.')[0])).toEqual({ kind: 'code', value: 0x800b0101, notation: 'signed-decimal', raw: '-2146762495' });
    expect(bare(codes('sc-win32-status 2148204809')[0])).toEqual({ kind: 'code', value: 0x800b0109, notation: 'unsigned-decimal', raw: '2148204809' });
    expect(bare(codes('2148204809')[0])).toMatchObject({ value: 0x800b0109 });
  });

  test('Win32 decimals in their usual phrasings', () => {
    const list = codes('Could not start the WWW Publishing Service. Error 1008. An attempt was made to reference a token that does not exist.');
    expect(list.map(bare)).toEqual([{ kind: 'code', value: 1008, notation: 'win32-decimal', raw: 'Error 1008', win32: 1008 }]);
    expect(codes('failed (WIN32: 1722 RPC_S_SERVER_UNAVAILABLE)').map((c) => [c.value, c.notation])).toEqual([[1722, 'win32-decimal']]);
    expect(codes('WinHttp: 12175').map((c) => c.value)).toEqual([12175]);
    expect(codes('error code 5').map((c) => c.value)).toEqual([5]);
    expect(codes('Fehler 1008: Token').map((c) => c.value)).toEqual([1008]);
  });

  test('symbolic names through the code tables', () => {
    expect(codes('CertUtil: NTE_NO_KEY while opening the key').map(bare)).toEqual([{ kind: 'code', value: 0x8009000d, notation: 'symbolic', raw: 'NTE_NO_KEY' }]);
    expect(codes('CERT_TRUST_IS_NOT_TIME_VALID and SOME_UNKNOWN_NAME')).toEqual([]);
  });

  test('one evidence per value, the first one', () => {
    const text = 'Error 0x800B0101 … again 800B0101 … and -2146762495';
    const list = codes(text);
    expect(list).toHaveLength(1);
    expect(list[0].notation).toBe('hex');
  });

  test('not codes: success, flags, thread ids, keywords, GUIDs, thumbprints, years, ports, URLs', () => {
    const text = [
      'Exiting VerifyRequest with 0x0',
      '<Keywords>0x4000000000000001</Keywords>',
      'CcmExec 1/11/2005 10:12:16 AM 3944 (0x0F68)',
      'ID={CC96DB74-AD08-48DD-B422-0E06EC5A243C}',
      'thumbprint 8d8bddbc15d73f3c20c3faf3faab9b69075e582c',
      'in 2015 on port 6076 pid 584',
      'dwFlags = CA_VERIFY_FLAGS_ALLOW_UNTRUSTED_ROOT (0x1)',
      'https://technet.microsoft.com/en-us/library/dn464311.aspx?f=255&MSPPError=-2147217396',
      'Unique container name: bed058e40c5ed733d5da8a6655583c3d_d5520479-582f-4563-8c84-e153a68e8fe2',
      '0000  30 82 01 0a 02 82 01 01  00 97 3c 11 94 27 58 47',
      'DPM error 33231',
    ].join('\n');
    expect(codes(text)).toEqual([]);
  });

  test('WinHTTP decimals as ConfigMgr clients log them ("Error at WinHttpSendRequest: 12057")', () => {
    const list = codes('Failed to send HTTP request. (Error at WinHttpSendRequest: 12057)');
    expect(list.map((c) => [c.value, c.notation])).toEqual([[12057, 'win32-decimal']]);
  });
});
