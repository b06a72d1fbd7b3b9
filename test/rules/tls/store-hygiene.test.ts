// The store-hygiene rules against Get-ChildItem Cert:\LocalMachine\… listings as the readers type them
// (seed 004's checks; the GoDaddy intermediate in Root is the seed's own example).
import { tlsCaStoreSelfSigned } from '../../../core/rules/tls/ca-store-self-signed';
import { tlsCaStoreWithKey } from '../../../core/rules/tls/ca-store-with-key';
import { tlsMyStoreWithoutKey } from '../../../core/rules/tls/my-store-without-key';
import { tlsRootStoreNonSelfSigned } from '../../../core/rules/tls/root-store-non-self-signed';
import { tlsRootStoreTooMany } from '../../../core/rules/tls/root-store-too-many';
import { ctx, listing } from '../helpers';

const GODADDY_G2 = listing({
  store: 'LocalMachine\\Root',
  subject: 'CN=Go Daddy Secure Certificate Authority - G2, OU=http://certs.godaddy.com/repository/, O="GoDaddy.com, Inc.", L=Scottsdale, S=Arizona, C=US',
  issuer: 'CN=Go Daddy Root Certificate Authority - G2, O="GoDaddy.com, Inc.", L=Scottsdale, S=Arizona, C=US',
  thumbprint: '27AC9369FAF25207BB2627CEFACCBE4EF9C319B8',
  hasPrivateKey: false,
});
const ROOT_OK = listing({ store: 'LocalMachine\\Root', subject: 'CN=msxfaq-CA', issuer: 'CN=msxfaq-CA', thumbprint: 'A474E335E45BF0A22C28F76D63DB3D1BD4225C36', hasPrivateKey: false });
const SERVER = listing({ store: 'LocalMachine\\My', subject: 'CN=lync2013.msxfaq.net', issuer: 'CN=msxfaq-CA', thumbprint: '0F1E2D3C4B5A69788796A5B4C3D2E1F00F1E2D3C', hasPrivateKey: true });

describe('tls.root-store-non-self-signed', () => {
  it('flags the intermediate in Trusted Root, not the real root', () => {
    const s = tlsRootStoreNonSelfSigned.run(ctx([GODADDY_G2, ROOT_OK]));
    expect(s.map((x) => x.id)).toEqual(['tls.root-store-non-self-signed']);
    expect(s[0].facts?.[0]).toEqual({ label: 'certificates', value: '1' });
    expect(s[0].bindings?.thumbprint).toBe('27AC9369FAF25207BB2627CEFACCBE4EF9C319B8');
  });
  it('ignores the same certificate listed from the intermediate store or the user store', () => {
    expect(tlsRootStoreNonSelfSigned.run(ctx([{ ...GODADDY_G2, store: 'LocalMachine\\CA' }, { ...GODADDY_G2, store: 'CurrentUser\\Root' }]))).toEqual([]);
  });
});

describe('tls.ca-store-self-signed', () => {
  it('flags a root in Intermediate Certification Authorities', () => {
    expect(tlsCaStoreSelfSigned.run(ctx([{ ...ROOT_OK, store: 'LocalMachine\\CA' }, { ...GODADDY_G2, store: 'LocalMachine\\CA' }]))[0].facts?.[0].value).toBe('1');
  });
});

describe('tls.ca-store-with-key', () => {
  it('flags an own certificate with key in the intermediate store', () => {
    expect(tlsCaStoreWithKey.run(ctx([{ ...SERVER, store: 'LocalMachine\\CA' }]))).toHaveLength(1);
    expect(tlsCaStoreWithKey.run(ctx([{ ...GODADDY_G2, store: 'LocalMachine\\CA' }]))).toEqual([]);
  });
});

describe('tls.my-store-without-key', () => {
  it('flags certificates without key in the computer Personal store', () => {
    expect(tlsMyStoreWithoutKey.run(ctx([{ ...SERVER, hasPrivateKey: false }]))).toHaveLength(1);
    expect(tlsMyStoreWithoutKey.run(ctx([SERVER, { ...SERVER, hasPrivateKey: undefined }]))).toEqual([]);
  });
});

describe('tls.root-store-too-many', () => {
  it('counts a Measure-Object over the root store', () => {
    const text = 'PS C:\\> Get-ChildItem cert:\\LocalMachine\\root | Measure-Object\n\nCount    : 312\nAverage  :\nSum      :\n';
    const s = tlsRootStoreTooMany.run(ctx([], text));
    expect(s[0].facts?.[0].value).toBe('312');
    expect(s[0].strength).toBeGreaterThan(0.85);
  });
  it('counts listed root certificates', () => {
    const many = Array.from({ length: 105 }, (_, i) => ({ ...ROOT_OK, thumbprint: i.toString(16).padStart(40, '0') }));
    expect(tlsRootStoreTooMany.run(ctx(many))[0].facts?.[0].value).toBe('105');
  });
  it('stays silent for a normal store and for counts of other stores', () => {
    expect(tlsRootStoreTooMany.run(ctx([ROOT_OK], 'Get-ChildItem cert:\\LocalMachine\\root | Measure-Object\nCount    : 48\n'))).toEqual([]);
    expect(tlsRootStoreTooMany.run(ctx([], 'Get-ChildItem cert:\\LocalMachine\\my | Measure-Object\nCount    : 312\n'))).toEqual([]);
  });
});
