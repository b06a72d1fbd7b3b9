import { readCertListing, storeOf } from '../../core/intake/cert-listing';
import { readRegistry } from '../../core/intake/registry';
import { bare, ctxOf, fixture } from './helpers';

describe('Get-ChildItem Cert:\\ listings', () => {
  test('Format-List with PSParentPath (eval root-store-listing)', () => {
    const list = readCertListing(ctxOf(fixture('cert-listing-root.txt')));
    expect(list.filter((e) => e.kind === 'cert-listing').map(bare)).toEqual([
      {
        kind: 'cert-listing',
        store: 'LocalMachine\\Root',
        subject: 'CN=Go Daddy Secure Certificate Authority - G2, OU=http://certs.godaddy.com/repository/, O="GoDaddy.com, Inc.", L=Scottsdale, S=Arizona, C=US',
        issuer: 'CN=Go Daddy Root Certificate Authority - G2, O="GoDaddy.com, Inc.", L=Scottsdale, S=Arizona, C=US',
        thumbprint: '27ac9369faf25207bb2627cefaccbe4ef9c319b8',
        hasPrivateKey: false,
      },
      { kind: 'cert-listing', store: 'LocalMachine\\Root', subject: 'CN=lync2013.msxfaq.net', issuer: 'CN=msxfaq-CA', thumbprint: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c', hasPrivateKey: true },
    ]);
    expect(list.filter((e) => e.kind === 'thumbprint').map((t) => t.kind === 'thumbprint' && [t.context, t.clean])).toEqual([
      ['listing', '27ac9369faf25207bb2627cefaccbe4ef9c319b8'],
      ['listing', '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c'],
    ]);
  });

  test('the default table under a PSParentPath header', () => {
    const list = readCertListing(ctxOf(fixture('cert-listing-my-table.txt'))).filter((e) => e.kind === 'cert-listing');
    expect(list.map(bare)).toEqual([
      { kind: 'cert-listing', store: 'LocalMachine\\My', subject: 'CN=NDES-Server.domain.com', thumbprint: '5d87837bacc9486b3a879b8ab40f18adcbd656ff' },
      { kind: 'cert-listing', store: 'LocalMachine\\My', subject: 'CN=Issuing-CA-01, DC=domain, DC=com', thumbprint: '03924c0f96f4fe488e1ebcd04f7dba00c5fb4a00' },
    ]);
  });

  test('the store from the command when PSParentPath is not listed', () => {
    const text = 'Get-ChildItem cert:\\LocalMachine\\ca | Format-List Subject,Issuer,Thumbprint\n\nSubject    : CN=Root\nIssuer     : CN=Root\nThumbprint : A474E335E45BF0A22C28F76D63DB3D1BD4225C36\n';
    expect(readCertListing(ctxOf(text)).find((e) => e.kind === 'cert-listing')).toMatchObject({ store: 'LocalMachine\\CA', subject: 'CN=Root', issuer: 'CN=Root' });
    expect(storeOf('Microsoft.PowerShell.Security\\Certificate::CurrentUser\\my')).toBe('CurrentUser\\My');
  });
});

describe('registry', () => {
  test('.reg export: key, name, type, data, number, and the thumbprint value', () => {
    const list = readRegistry(ctxOf(fixture('ndes-policy.reg')));
    expect(list.map(bare)).toEqual([
      { kind: 'registry-value', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography\\MSCEP\\Modules\\NDESPolicy', name: 'NDESCertThumbprint', type: 'REG_SZ', data: '5d87837bacc9486b3a879b8ab40f18adcbd656ff' },
      { kind: 'thumbprint', raw: '5d87837bacc9486b3a879b8ab40f18adcbd656ff', clean: '5d87837bacc9486b3a879b8ab40f18adcbd656ff', defects: [], hiddenChars: [], context: 'registry', label: 'NDESCertThumbprint' },
      { kind: 'registry-value', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography\\MSCEP\\Modules\\NDESPolicy', name: 'FailureCount', type: 'REG_DWORD', data: '00000003', number: 3 },
      { kind: 'registry-value', key: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL', name: 'ClientAuthTrustMode', type: 'REG_DWORD', data: '00000002', number: 2 },
      { kind: 'registry-value', key: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL', name: 'SendTrustedIssuerList', type: 'REG_DWORD', data: '00000000', number: 0 },
    ]);
  });

  test('the export flattened onto one line (seed 004)', () => {
    expect(readRegistry(ctxOf(fixture('schannel-oneline.reg.txt'))).map(bare)).toEqual([
      { kind: 'registry-value', key: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL', name: 'ClientAuthTrustMode', type: 'REG_DWORD', data: '00000002', number: 2 },
    ]);
  });

  test('reg query output', () => {
    const list = readRegistry(ctxOf(fixture('reg-query-ndespolicy.txt')));
    expect(list.filter((e) => e.kind === 'registry-value').map(bare)).toEqual([
      { kind: 'registry-value', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography\\MSCEP\\Modules\\NDESPolicy', name: 'NDESCertThumbprint', type: 'REG_SZ', data: '5d87837bacc9486b3a879b8ab40f18adcbd656ff' },
      { kind: 'registry-value', key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography\\MSCEP\\Modules\\NDESPolicy', name: 'FailureCount', type: 'REG_DWORD', data: '0x3', number: 3 },
    ]);
    expect(list.filter((e) => e.kind === 'thumbprint')).toHaveLength(1);
  });

  test('escaped strings and qwords', () => {
    const text = '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\n"Path"="C:\\\\Program Files\\\\DPM"\n"Big"=hex(b):02,00,00,00,00,00,00,00';
    expect(readRegistry(ctxOf(text)).map((e) => e.kind === 'registry-value' && [e.name, e.type, e.data, e.number ?? null])).toEqual([
      ['Path', 'REG_SZ', 'C:\\Program Files\\DPM', null],
      ['Big', 'REG_QWORD', '02,00,00,00,00,00,00,00', 2],
    ]);
  });
});
