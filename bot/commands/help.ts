import type { Command } from './command';

export const EXAMPLES = [
  'Set-DPMCredentials : Unable to find certificate with the thumbprint 49 3f 27 … (ID: 33231)',
  'CAPI2 event XML (Event Viewer → Details → XML View), e.g. event 11 or 30',
  'certutil -store -v my output, or a .cer / .pem / .p7b file',
  'a CMTrace log line from MP_RegistrationManager.log or NDESPlugin.log',
  'an IIS log with sc-win32-status, or an error code such as 0x800B0101',
];

export const help: Command = {
  name: 'help',
  description: 'What to paste and what I can do',
  run: () => ({
    title: 'CertSleuth — what to paste',
    sections: [
      { lines: ['Paste an error, event, log or certutil output, or attach a certificate or log file (in a personal chat). I name the likely cause, quote the evidence, and give the fix and how to verify it.'] },
      { title: 'Examples', lines: EXAMPLES },
      {
        title: 'Commands',
        lines: [
          'explain <code> — decode an error code (0x800B0101, -2146762495, 1008)',
          'topics — the areas I know',
          'guide <topic> — a step-by-step checklist (e.g. guide scep)',
          'reset — forget what you pasted earlier in this conversation',
          'about — sources and privacy',
        ],
      },
      { title: 'Privacy', lines: ['Never paste private keys or passwords. I keep the evidence of your last few messages for an hour to correlate them, in memory only; reset forgets it.'] },
    ],
  }),
};
