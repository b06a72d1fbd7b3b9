// Purpose from context: the user's words and the other evidence of the turn.
import { namedHost, purposeContext } from '../../core/cert/purpose';
import type { Evidence, Intake } from '../../core/model/evidence';

const intake = (text: string, evidence: Evidence[] = []): Intake => ({ inputs: [], evidence, language: 'en', question: text, text, notes: [] });
const purposes = (text: string, evidence: Evidence[] = []) => [...purposeContext(intake(text, evidence)).purposes].sort();

it('reads the purpose from the user words', () => {
  expect(purposes('check this cert for DPM')).toEqual(['dpm']);
  expect(purposes('IIS binding for portal.contoso.com')).toEqual(['iis']);
  expect(purposes('is this the right RA certificate for NDES?')).toEqual(['ndes']);
  expect(purposes('SCCM management point certificate')).toEqual(['configmgr']);
  expect(purposes('Skype for Business front end pool')).toEqual(['lync']);
  expect(purposes('can we use it for TLS client authentication')).toEqual(['schannel-client']);
  expect(purposes('should this go into the Trusted Root store')).toEqual(['store']);
  expect(purposes('what is this')).toEqual([]);
});

it('reads the purpose from other evidence: a DPM error ID, an NDES registry value, a mention', () => {
  expect(purposes('', [{ kind: 'dpm-id', quote: 'ID: 33234', id: 33234 }])).toEqual(['dpm']);
  expect(purposes('', [{ kind: 'registry-value', quote: '', key: 'HKLM\\SOFTWARE\\Microsoft\\Cryptography\\MSCEP\\Modules\\NDESPolicy', name: 'NDESCertThumbprint', type: 'REG_SZ', data: 'ab' }])).toEqual(['ndes']);
  expect(purposes('', [{ kind: 'mention', quote: 'Lync', component: 'lync', text: 'Lync' }])).toEqual(['lync']);
});

it('ignores words inside certificate blocks', () => {
  expect(purposes('-----BEGIN CERTIFICATE-----\nMIIB DPM IIS\n-----END CERTIFICATE-----')).toEqual([]);
});

it('finds the host the user names, not file names', () => {
  expect(namedHost('binding for https://portal.contoso.com/owa')).toBe('portal.contoso.com');
  expect(namedHost('I attached web01.cer for the site shop.fabrikam.com')).toBe('shop.fabrikam.com');
  expect(namedHost('the file server.pfx')).toBeUndefined();
  expect(purposeContext(intake('binding for shop.fabrikam.com')).host).toBe('shop.fabrikam.com');
});

it('knows which store the user talks about', () => {
  expect(purposeContext(intake('it sits in the Trusted Root Certification Authorities store')).store).toBe('root');
  expect(purposeContext(intake('it sits in Intermediate Certification Authorities')).store).toBe('intermediate');
});
