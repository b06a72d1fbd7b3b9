// Golden conversations: the five source scenarios as a user would bring them, through the whole
// pipeline (readers, rules, knowledge, ranking). Each asserts the first finding and its fix, as the
// user would read them. Texts are the seeds' own (test/fixtures/text) or typed as Windows prints them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../core';
import type { Evidence, Input } from '../../core/model/evidence';
import type { Finding, Reply } from '../../core/model/reply';
import * as x509 from '@peculiar/x509';
import { webcrypto } from 'node:crypto';

const FIX = join(__dirname, '..', 'fixtures', 'text');
const NOW = new Date('2026-11-22T12:00:00Z');
const fixture = (name: string): Input => ({ name, content: new Uint8Array(readFileSync(join(FIX, name))) });
const message = (text: string): Input => ({ name: 'message', content: text });

async function ask(inputs: Input[], memory?: Evidence[]): Promise<{ reply: Reply; evidence: Evidence[] }> {
  const { reply, intake } = await diagnose(inputs, { now: NOW, memory });
  return { reply, evidence: intake.evidence };
}

const commands = (f: Finding) => f.remediation.map((s) => s.command ?? '').join('\n');
const text = (f: Finding) => [f.title, f.summary, f.cause, ...f.remediation.map((s) => `${s.text} ${s.command ?? ''}`)].join('\n');

describe('DPM certificate authentication (seed 000)', () => {
  it('33231 in the console: the certificate is not in the machine Personal store', async () => {
    const { reply } = await ask([fixture('dpm-33231-console.txt')]);
    const top = reply.findings[0];
    expect(top.id).toBe('dpm.cert-not-in-machine-store');
    expect(text(top)).toMatch(/LocalMachine\\My/);
    expect(top.evidence.map((e) => e.quote).join(' ')).toMatch(/33231|Unable to find certificate/);
  });

  it('the MSDPMCurr.errlog lines tell the same story', async () => {
    const { reply } = await ask([fixture('msdpmcurr-errlog-33231.txt')]);
    expect(reply.findings[0].id).toBe('dpm.cert-not-in-machine-store');
  });

  it('a thumbprint with spaces: the corrected command carries the cleaned thumbprint and the user\'s values', async () => {
    const { reply } = await ask([
      message('Set-DPMCredentials -DPMServerName DPM2012.contoso.com -Type Certificate -Action Configure -OutputFilePath C:\\Temp -Thumbprint "49 3f 27 f3 5b 21 05 80 4a fb d4 9b b5 a5 9b f2 e3 80 e0 0a"'),
    ]);
    const top = reply.findings[0];
    expect(top.id).toBe('dpm.thumbprint-has-spaces');
    expect(commands(top)).toContain('-DPMServerName DPM2012.contoso.com');
    expect(commands(top)).toContain('-Thumbprint 493f27f35b2105804afbd49bb5a59bf2e380e00a');
  });

  it('a hidden U+200E copied from the certificate dialog is named and removed', async () => {
    const { reply } = await ask([message('Set-DPMCredentials -DPMServerName dpm01 -Type Certificate -Action Configure -OutputFilePath C:\\Temp -Thumbprint \u200e8d8bddbc15d73f3c20c3faf3faab9b69075e582c')]);
    expect(reply.findings[0].id).toBe('dpm.thumbprint-hidden-character');
    expect(commands(reply.findings[0])).toContain('-Thumbprint 8d8bddbc15d73f3c20c3faf3faab9b69075e582c');
    expect(commands(reply.findings[0])).not.toContain('\u200e');
  });

  it('SetDpmServer 33234 "not trusted on the local machine": the root CA is missing', async () => {
    const { reply } = await ask([fixture('setdpmserver-33234.txt')]);
    expect(reply.findings[0].id).toBe('dpm.cert-not-trusted-root-missing');
    expect(text(reply.findings[0])).toMatch(/Trusted Root|LocalMachine\\Root/i);
  });

  it('certutil -store -v my with a CNG key: DPM needs a legacy CSP key', async () => {
    const { reply } = await ask([fixture('certutil-store-v-cng.txt')]);
    expect(reply.findings[0].id).toBe('dpm.cert-cng-key');
  });

  it('the question "why is Set-DPMCredentials failing" lands on DPM certificate causes', async () => {
    const { reply } = await ask([message('why is Set-DPMCredentials failing')]);
    expect(reply.findings.length).toBeGreaterThan(0);
    expect(reply.findings.slice(0, 3).every((f) => f.id.startsWith('dpm.'))).toBe(true);
  });
});

describe('SMS/ConfigMgr CryptoAPI machine keys (seed 001)', () => {
  it('CCMSignData 0x8009200b and a new signing certificate: the machine keys were replaced', async () => {
    const { reply } = await ask([fixture('ccmexec-sms2003.log')]);
    const ids = reply.findings.slice(0, 2).map((f) => f.id);
    expect(ids).toContain('configmgr.machine-keys-replaced');
    expect(reply.decoded.map((d) => d.hex)).toContain('0x8009200B');
  });

  it('IIS error 1008 after a reboot points at the IIS machine key', async () => {
    const { reply } = await ask([message('Could not start the WWW Publishing Service. Error 1008. An attempt was made to reference a token that does not exist.')]);
    expect(text(reply.findings[0])).toMatch(/MachineKeys|machine key/i);
  });
});

describe('NDES with the ConfigMgr policy module (seed 002)', () => {
  it('the CAPI2 events 30 and 11 exactly as pasted from the blog (typographic quotes) still decode to an expired certificate', async () => {
    const { reply } = await ask([fixture('capi2-30-11-mangled.xml')]);
    expect(text(reply.findings[0])).toMatch(/expir|validity/i);
    expect(reply.decoded.map((d) => d.name)).toContain('CERT_E_EXPIRED');
  });

  it('registry value + renewed certificate attached: set NDESCertThumbprint to the new thumbprint and restart IIS', async () => {
    const keys = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const renewed = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: '0a',
      name: 'CN=NDES-Server.domain.com',
      notBefore: new Date('2026-08-19T00:00:00Z'),
      notAfter: new Date('2028-08-19T00:00:00Z'),
      keys,
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
      extensions: [new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth])],
    });
    const newThumbprint = Buffer.from(await renewed.getThumbprint('SHA-1')).toString('hex');
    const first = await ask([fixture('ndes-policy.reg')]);
    const { reply } = await ask([{ name: 'ndes-renewed.cer', content: new Uint8Array(renewed.rawData) }], first.evidence);
    const finding = reply.findings.find((f) => f.id === 'ndes.policy-module-stale-thumbprint');
    expect(finding).toBeDefined();
    expect(reply.findings.indexOf(finding!)).toBe(0);
    expect(commands(finding!)).toMatch(new RegExp(`NDESCertThumbprint.*${newThumbprint}`, 'i'));
    expect(commands(finding!)).toMatch(/iisreset/i);
  });
});

describe('SCEP flow hop by hop (seed 003)', () => {
  it('healthy NDESPlugin.log lines: that hop is healthy, look at the next', async () => {
    const { reply } = await ask([fixture('ndesplugin.log')]);
    expect(reply.findings[0].id).toBe('scep.ndesplugin-healthy');
  });

  it('healthy CRP.log validation phases: that hop is healthy, the CA is next', async () => {
    const { reply } = await ask([fixture('crp.log')]);
    expect(reply.findings[0].id).toBe('scep.crp-validation-passed');
    expect(text(reply.findings[0])).toMatch(/\bCA\b|certsrv/);
  });

  it('a PKIOperation request refused with 414: raise the request limits', async () => {
    const { reply } = await ask([
      message('2016-06-10 02:44:12 10.1.1.20 GET /certsrv/mscep/mscep.dll/pkiclient.exe operation=PKIOperation&message=MIIHCAYJKoZIhvcNAQcCoIIG%2BTCCBvUCAQExCzAJBgUrDgMCGgUAMIIDPQYJKoZIhvcNAQcBoIIDLgSCAyow 443 - 10.1.1.5 Mozilla/4.0+(compatible;+Win32;+WinHttp.WinHttpRequest.5) - 414 0 0 15'),
    ]);
    expect(commands(reply.findings[0])).toMatch(/MaxFieldLength|MaxRequestBytes|maxQueryString|maxUrl/);
  });
});

describe('Windows Server 2012 store hygiene (seed 004)', () => {
  it('the German question about the Lync front end gets a German answer about the root store', async () => {
    const { reply } = await ask([message('Lync 2013 Frontend Dienste starten nicht auf Windows Server 2012')]);
    expect(reply.language).toBe('de');
    expect(reply.findings[0].id).toBe('tls.non-root-in-root-store');
    expect(reply.findings[0].title).toMatch(/Stammzertifizierungsstellen/);
  });

  it('a Root store listing with intermediates: move them to Intermediate, export first', async () => {
    const { reply } = await ask([fixture('cert-listing-root.txt')]);
    expect(reply.findings[0].id).toBe('tls.non-root-in-root-store');
    expect(text(reply.findings[0])).toMatch(/Export/i);
    expect(commands(reply.findings[0])).toMatch(/Cert:\\LocalMachine\\CA/);
  });

  it('Windows Fabric event 18465 on a Lync 2013 front end points at the store', async () => {
    const { reply } = await ask([fixture('lync-fabric-18465.txt')]);
    expect(reply.findings[0].id).toBe('tls.non-root-in-root-store');
  });
});

describe('bad input gets a clear answer and never a crash', () => {
  const random = new Uint8Array(2 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
  it.each([
    ['empty', message('')],
    ['2 MB of random bytes', { name: 'blob.bin', content: random }],
    ['truncated XML', message('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-CAPI2"')],
    ['a 50,000-character line', message('A'.repeat(50_000))],
    ['random bytes named .cer', { name: 'server.cer', content: random.slice(0, 4096) }],
  ])('%s', async (_name, input) => {
    const { reply } = await ask([input as Input]);
    expect(Array.isArray(reply.findings)).toBe(true);
    expect(reply.notes.length + reply.findings.length).toBeGreaterThan(0);
    expect(JSON.stringify(reply)).not.toMatch(/\bat \w+ \(|Error: /);
  });
});
