// Hand-built replies shaped like the engine's answers to the seed scenarios, so the renderers can be
// tested before (and independently of) the diagnosis.
import type { Finding, Reply } from '../../core/model/reply';

export const dpmFinding: Finding = {
  id: 'dpm-cert-not-in-machine-store',
  title: 'The certificate is not in the computer (LocalMachine\\My) store',
  confidence: 0.91,
  confidenceLabel: 'high',
  summary: 'Set-DPMCredentials looks for the thumbprint in the local computer Personal store and did not find it.',
  cause: 'The certificate was imported into the current user store, or the thumbprint was copied with a hidden character.',
  remediation: [
    { text: 'Import the certificate with its private key into the computer store.', command: 'Import-PfxCertificate -FilePath C:\\certs\\dpm.pfx -CertStoreLocation Cert:\\LocalMachine\\My', shell: 'powershell' },
    { text: 'Run Set-DPMCredentials again with the cleaned thumbprint.', command: 'Set-DPMCredentials -DPMServerName dpm01 -Type Certificate -OutputFilePath C:\\Temp -Thumbprint 493f27c2a1b0d3e4f5a6b7c8d9e0f1a2b3c4d5e6', shell: 'powershell' },
  ],
  verify: [{ text: 'The thumbprint is listed in the machine store.', command: 'Get-ChildItem Cert:\\LocalMachine\\My | Where-Object Thumbprint -eq 493F27C2A1B0D3E4F5A6B7C8D9E0F1A2B3C4D5E6', shell: 'powershell' }],
  evidence: [{ label: 'DPM error ID 33231', quote: 'Set-DPMCredentials : Unable to find certificate with the thumbprint 493f27c2a1b0d3e4f5a6b7c8d9e0f1a2b3c4d5e6 (ID: 33231)', source: 'message' }],
  references: [
    { title: 'Set up certificate-based authentication for DPM [untrusted domains]', url: 'https://learn.microsoft.com/system-center/dpm/back-up-machines-in-workgroups-and-untrusted-domains' },
    { title: 'Seed document', note: 'dpm-cert-auth.md' },
  ],
  codes: [],
};

export const otherFinding: Finding = {
  id: 'dpm-thumbprint-hidden-char',
  title: 'The thumbprint carries a hidden character',
  confidence: 0.42,
  confidenceLabel: 'medium',
  summary: 'Thumbprints copied from the certificate dialog start with U+200E.',
  cause: 'The certificate dialog prefixes a left-to-right mark.',
  remediation: [{ text: 'Type the thumbprint again or clean it.' }],
  verify: [],
  evidence: [],
  references: [],
};

export function dpmReply(): Reply {
  return {
    language: 'en',
    findings: [dpmFinding, otherFinding],
    decoded: [{ hex: '0x80092004', name: 'CRYPT_E_NOT_FOUND', message: 'Cannot find object or property.', raw: '-2146885628', known: true }],
    notes: ['The paste contains a private key. Treat it as exposed and issue a new certificate.'],
    followUps: ['Paste the output of certutil -store -v my'],
    facts: [{ label: 'Thumbprint (cleaned)', value: '493f27c2a1b0d3e4f5a6b7c8d9e0f1a2b3c4d5e6' }],
  };
}

export function emptyReply(): Reply {
  return { language: 'en', findings: [], decoded: [], notes: [], followUps: [], facts: [] };
}

/** A reply far over every channel's size limit: many findings with long quotes and commands. */
export function hugeReply(): Reply {
  const long = 'x'.repeat(5000);
  const findings: Finding[] = Array.from({ length: 12 }, (_, i) => ({
    ...dpmFinding,
    id: `cause-${i}`,
    title: `Cause ${i} ` + 'y'.repeat(200),
    summary: 'z'.repeat(2000),
    cause: 'c'.repeat(2000),
    evidence: Array.from({ length: 10 }, () => ({ label: 'Log line', quote: long })),
    remediation: Array.from({ length: 8 }, (_, j) => ({ text: `Step ${j} ` + 'w'.repeat(500), command: long })),
    verify: Array.from({ length: 4 }, () => ({ text: 'check ' + 'v'.repeat(300), command: long })),
  }));
  return {
    language: 'en',
    findings,
    decoded: Array.from({ length: 40 }, (_, i) => ({ hex: `0x8009${String(i).padStart(4, '0')}`, name: 'NAME', message: 'm'.repeat(400), raw: 'r', known: true })),
    notes: Array.from({ length: 20 }, () => 'n'.repeat(800)),
    followUps: Array.from({ length: 10 }, () => 'f'.repeat(500)),
    facts: Array.from({ length: 30 }, () => ({ label: 'l', value: 'q'.repeat(500) })),
  };
}
