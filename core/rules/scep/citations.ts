// Sources the SCEP rules cite.
import type { Citation } from '../rule';

export const SCEP_SEED: Citation = { title: 'SCEP Certificate Deployment – Troubleshooting Reference (healthy IIS, NDESPlugin and CRP lines)', note: 'seed 003_fcb9545684a9b3be.txt' };
export const SCEP_DEVICE_TO_NDES: Citation = {
  title: 'Troubleshoot SCEP certificate deployment – device to NDES',
  url: 'https://learn.microsoft.com/troubleshoot/mem/intune/certificates/troubleshoot-scep-certificate-device-to-ndes',
};
export const SCEP_POLICY_MODULE: Citation = {
  title: 'Troubleshoot the NDES policy module',
  url: 'https://learn.microsoft.com/troubleshoot/mem/intune/certificates/troubleshoot-scep-certificate-ndes-policy-module',
};
