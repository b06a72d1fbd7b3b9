import { readCommands, canonicalName } from '../../core/intake/commands';
import { readPsErrors } from '../../core/intake/ps-errors';
import { bare, ctxOf, fixture, spanText } from './helpers';

const cmds = (text: string) => readCommands(ctxOf(text));

describe('commands', () => {
  test('Set-DPMCredentials of seed 000 with en dashes', () => {
    const text = 'Set-DPMCredentials –DPMServerName DPM2012.contoso.com –Type Certificate –Action Configure –OutputFilePath C:\\Temp -Thumbprint 493f27f35b2105804afbd49bb5a59bf2e380e00';
    const [c] = cmds(text);
    expect(bare(c)).toEqual({
      kind: 'command',
      name: 'Set-DPMCredentials',
      canonical: 'set-dpmcredentials',
      params: { dpmservername: 'DPM2012.contoso.com', type: 'Certificate', action: 'Configure', outputfilepath: 'C:\\Temp', thumbprint: '493f27f35b2105804afbd49bb5a59bf2e380e00' },
    });
    expect(spanText(text, c)).toBe(text);
  });

  test('SetDpmServer after a cmd prompt, its -Thumbprint pasted two lines below', () => {
    const text = fixture('setdpmserver-33234.txt');
    const [c] = cmds(text);
    expect(bare(c)).toEqual({
      kind: 'command',
      name: 'SetDPMServer',
      canonical: 'setdpmserver',
      params: { dpmcredential: 'CertificateConfiguration_DPM2012.contoso.com.bin', outputfilepath: 'c:\\temp', thumbprint: '4301114a1d05b44bc834f34f04f4cb4333433bac' },
    });
  });

  test('quoted values, switches, a script with a path, backtick continuation', () => {
    expect(cmds('.\\Attach-ProductionServerWithCertificate.ps1 -DPMServerName DPM2012 -PSName "MemberServer.contoso.com" -dpmServerCredential C:\\Cert\\CertificateConfiguration_MemberServer.Contoso.com.bin -Force').map(bare)).toEqual([
      {
        kind: 'command',
        name: 'Attach-ProductionServerWithCertificate.ps1',
        canonical: 'attach-productionserverwithcertificate',
        params: { dpmservername: 'DPM2012', psname: 'MemberServer.contoso.com', dpmservercredential: 'C:\\Cert\\CertificateConfiguration_MemberServer.Contoso.com.bin', force: '' },
      },
    ]);
    expect(cmds('Set-DPMCredentials -DPMServerName dpm01 `\n  -Thumbprint abc')[0].params).toEqual({ dpmservername: 'dpm01', thumbprint: 'abc' });
  });

  test('certutil, netstat, reg add, netsh, Get-ChildItem cert:', () => {
    expect(cmds('C:\\>certutil -store -v my')[0].params).toEqual({ store: 'my', v: '' });
    expect(cmds('netstat –ano |findstr 6076').map((c) => [c.canonical, c.params])).toEqual([['netstat', { ano: '' }]]);
    expect(cmds('reg add "HKLM\\SOFTWARE\\Microsoft\\Cryptography\\MSCEP\\Modules\\NDESPolicy" /v NDESCertThumbprint /t REG_SZ /d 03924c0f96f4fe488e1ebcd04f7dba00c5fb4a00 /f')[0].params).toEqual({
      _: 'add HKLM\\SOFTWARE\\Microsoft\\Cryptography\\MSCEP\\Modules\\NDESPolicy',
      v: 'NDESCertThumbprint',
      t: 'REG_SZ',
      d: '03924c0f96f4fe488e1ebcd04f7dba00c5fb4a00',
      f: '',
    });
    expect(cmds('netsh advfirewall firewall add rule name="DPM 6076" dir=in action=allow protocol=TCP localport=6076')[0].canonical).toBe('netsh');
    expect(cmds('PS C:\\> Get-ChildItem cert:\\LocalMachine\\root | Where-Object {$_.Issuer -ne $_.Subject}')[0].params).toEqual({ _: 'cert:\\LocalMachine\\root' });
  });

  test('prose that names a cmdlet and error records are not commands', () => {
    expect(cmds('Attach-ProductionServerWithCertificate.ps1 cannot find my CertificateConfiguration_MemberServer.Contoso.com.bin file')).toEqual([]);
    expect(cmds('why is Set-DPMCredentials failing')).toEqual([]);
    expect(cmds(fixture('dpm-33231-console.txt'))).toEqual([]);
    expect(cmds('Self-signed\nNon-root Certificate\nSetDPMServer\nAttach-ProductionServerWithCertificate\nGet-Item | fl\nPS C:\\> Get-Date').map((c) => c.name)).toEqual(['Get-Item', 'Get-Date']);
  });

  test('canonical names', () => {
    expect(canonicalName('C:\\Program Files\\x\\SetDpmServer.exe')).toBe('setdpmserver');
  });
});

describe('PowerShell and DPM tool error records', () => {
  test('Set-DPMCredentials : … (ID: 33231)', () => {
    expect(readPsErrors(ctxOf(fixture('dpm-33231-console.txt'))).map(bare)).toEqual([
      {
        kind: 'ps-error',
        cmdlet: 'Set-DPMCredentials',
        message: 'Unable to find certificate with the thumbprint 8d8bddbc15d73f3c20c3faf3faab9b69075e582c on the personal machine store of machine DPM2012.contoso.com.',
        id: 33231,
      },
    ]);
  });

  test('a record wrapped by the console, with its trailer', () => {
    const text = 'Set-DPMCredentials : Unable to find certificate with the thumbprint 8d8bddbc15d73f3c20c3faf3faab9b69075e582c on the\npersonal machine store of machine DPM2012.contoso.com. (ID: 33231)\nAt line:1 char:1\n+ Set-DPMCredentials -DPMServerName …';
    expect(readPsErrors(ctxOf(text)).map((e) => [e.cmdlet, e.id, e.message.endsWith('DPM2012.contoso.com.')])).toEqual([['Set-DPMCredentials', 33231, true]]);
  });

  test('Error(Id= 33234), Details : … from SetDpmServer', () => {
    const [e] = readPsErrors(ctxOf(fixture('setdpmserver-33234.txt')));
    expect(bare(e)).toEqual({
      kind: 'ps-error',
      message:
        'The certificate provided with thumbprint 4301114a1d05b44bc834f34f04f4cb4333433bac on the personal machine store of machine MemberServerTest does not correspond to the requirements of DPM. The following requirements are not met for the certificate.',
      id: 33234,
    });
  });
});
