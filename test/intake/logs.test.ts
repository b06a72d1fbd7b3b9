import { readCmtrace } from '../../core/intake/cmtrace';
import { readSmsLog } from '../../core/intake/sms-log';
import { readDpmErrlog } from '../../core/intake/dpm-errlog';
import { decodeContent } from '../../core/intake/decode';
import { bare, ctxOf, fixture, fixtureBytes, spanText } from './helpers';

describe('CMTrace logs', () => {
  test('NDESPlugin.log lines of seed 003', () => {
    const text = fixture('ndesplugin.log');
    const list = readCmtrace(ctxOf(text));
    expect(list).toHaveLength(7);
    expect(bare(list[0])).toEqual({
      kind: 'log-line',
      format: 'cmtrace',
      message: 'Calling VerifyRequest ...',
      severity: 'info',
      component: 'NDESPlugin',
      time: '02:44:11.789+00',
      date: '06-10-2016',
      thread: '2900',
      file: 'ndesplugin.cpp:646',
    });
    expect(list[0].quote).toBe('Calling VerifyRequest ...');
    expect(spanText(text, list[0])).toBe(text.split('\n')[0]);
    expect(list.map((l) => l.message)).toContain('Exiting Notify with 0x0');
  });

  test('CRP.log: empty file attribute is left out; type 2 and 3 are warning and error', () => {
    const list = readCmtrace(ctxOf(fixture('crp.log')));
    expect(list).toHaveLength(17);
    expect(list[1]).toMatchObject({ message: 'Validation Phase 1 started.', component: 'CertificateRegistrationPoint', thread: '238' });
    expect('file' in list[1]).toBe(false);
    const typed = '<![LOG[Failed to send request to /CMCertificateRegistration/Certificate with error 0x80072efe]LOG]!><time="02:44:12.200+00" date="06-10-2016" component="NDESPlugin" context="" type="3" thread="2900" file="httprequest.cpp:320">\n<![LOG[Retrying]LOG]!><time="02:44:13.200+00" date="06-10-2016" component="NDESPlugin" context="" type="2" thread="2900" file="x.cpp:1">';
    expect(readCmtrace(ctxOf(typed)).map((l) => l.severity)).toEqual(['error', 'warning']);
  });

  test('a multi-line message and a damaged entry', () => {
    const text = '<![LOG[first\nsecond line]LOG]!><time="1" date="2" component="c" context="" type="1" thread="3" file="">\n<![LOG[never closed\n<![LOG[ok]LOG]!><time="1" date="2" component="c" context="" type="1" thread="3" file="">';
    expect(readCmtrace(ctxOf(text)).map((l) => l.message)).toEqual(['first\nsecond line', 'ok']);
  });
});

describe('plain ConfigMgr / SMS lines', () => {
  test('CcmExec lines of seed 001, the wrapped one joined back', () => {
    const list = readSmsLog(ctxOf(fixture('ccmexec-sms2003.log')));
    expect(list.map(bare)).toEqual([
      { kind: 'log-line', format: 'sms-plain', message: 'Entering Certificate Maintenance', severity: 'info', component: 'CcmExec', time: '5:59:38 PM', date: '1/7/2005' },
      { kind: 'log-line', format: 'sms-plain', message: 'CCMSignData failed (0x8009200b).', severity: 'error', component: 'CcmExec', time: '5:59:40 PM', date: '1/7/2005' },
      { kind: 'log-line', format: 'sms-plain', message: 'Creating Signing Certificate...', severity: 'info', component: 'CcmExec', time: '5:59:40 PM', date: '1/7/2005' },
      { kind: 'log-line', format: 'sms-plain', message: 'Successfully created certifcate', severity: 'info', component: 'CcmExec', time: '5:59:43 PM', date: '1/7/2005' },
      {
        kind: 'log-line',
        format: 'sms-plain',
        message: "EndpointMessage(Queue='MP_HinvEndpoint', ID={CC96DB74-AD08-48DD-B422-0E06EC5A243C}): Will be discarded (0x8009000d).",
        severity: 'error',
        component: 'CcmExec',
        time: '10:12:16 AM',
        date: '1/11/2005',
        thread: '3944',
      },
    ]);
  });

  test('site server "$$<component><time><thread>" lines', () => {
    const list = readSmsLog(ctxOf('Failed to read the certificate from store.  $$<SMS_MP_CONTROL_MANAGER><01-07-2005 17:59:38.000+480><thread=1234 (0x4D2)>'));
    expect(list.map(bare)).toEqual([
      { kind: 'log-line', format: 'sms-plain', message: 'Failed to read the certificate from store.', severity: 'error', component: 'SMS_MP_CONTROL_MANAGER', time: '17:59:38.000+480', date: '01-07-2005', thread: '1234' },
    ]);
  });

  test('prose with a date is not a log line', () => {
    expect(readSmsLog(ctxOf('On Jan 7 at 5:59 PM, my server booted up'))).toEqual([]);
  });
});

describe('DPM errlog', () => {
  test('lines as blogs quote them (seed 000)', () => {
    const list = readDpmErrlog(ctxOf(fixture('msdpmcurr-errlog-33231.txt')));
    expect(list).toHaveLength(7);
    expect(bare(list[0])).toEqual({
      kind: 'log-line',
      format: 'dpm-errlog',
      message: 'Getting certificate for thumbPrint : 8d8bddbc15d73f3c20c3faf3faab9b69075e582c',
      severity: 'info',
      level: 'NORMAL',
      file: 'ConfigureCertificates.cs(400)',
    });
    expect(list[3]).toMatchObject({ severity: 'warning', level: 'WARNING', file: 'ConfigureCertificates.cs(133)' });
  });

  test('the UTF-16 file with thread, time and GUID columns', () => {
    const text = decodeContent(fixtureBytes('msdpmcurr-utf16le.errlog')).text;
    const list = readDpmErrlog(ctxOf(text));
    expect(list.map(bare)[2]).toEqual({
      kind: 'log-line',
      format: 'dpm-errlog',
      message: 'Getting certificate for thumbPrint : 8d8bddbc15d73f3c20c3faf3faab9b69075e582c failed',
      severity: 'warning',
      level: 'WARNING',
      file: 'ConfigureCertificates.cs(133)',
      thread: '0A38',
      date: '07/23',
      time: '14:21:45.401',
    });
    expect(readDpmErrlog(ctxOf('Program.cs(12) ERROR boom')).map((l) => l.severity)).toEqual(['error']);
  });
});
