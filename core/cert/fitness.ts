// "What is this certificate fit for?" for when the user named no purpose: every profile's
// visible requirements plus the generic ones (validity, key, signature hash), in plain words.

import type { CertificateFacts } from './facts';
import { genericProblems } from './analyse';
import { isCa } from './profile';
import {
  configMgrClientUnmet,
  configMgrSiteSystemUnmet,
  dpmUnmet,
  httpsServerUnmet,
  lyncUnmet,
  ndesRaUnmet,
  schannelClientUnmet,
  unmetText,
} from './requirements';
import { validityAt } from './validity';

const PROFILES: [string, (f: CertificateFacts) => string[]][] = [
  ['DPM agent authentication', dpmUnmet],
  ['IIS / HTTPS server binding', (f) => httpsServerUnmet(f)],
  ['TLS client authentication (Schannel)', schannelClientUnmet],
  ['ConfigMgr client', configMgrClientUnmet],
  ['ConfigMgr site system (MP/DP)', configMgrSiteSystemUnmet],
  ['Lync / Skype for Business server', lyncUnmet],
  ['NDES registration authority', ndesRaUnmet],
];

export interface Fitness {
  fitFor: string[];
  notFitFor: string[];
}

export function fitness(f: CertificateFacts, now: Date): Fitness {
  // Expiring soon still works today; the other generic problems break every purpose.
  const blocking = genericProblems(f, validityAt(f, now)).filter((p) => p !== 'expiring-soon' && p !== 'no-revocation-info');
  if (isCa(f)) {
    const store = f.selfSigned ? 'Trusted Root Certification Authorities' : 'Intermediate Certification Authorities';
    return {
      fitFor: blocking.length ? [] : [`a CA certificate: issuing certificates; belongs in ${store}`],
      notFitFor: ['server or client authentication (it is a CA certificate)', ...(blocking.length ? [`anything (${unmetText(blocking)})`] : [])],
    };
  }
  const fitFor: string[] = [];
  const notFitFor: string[] = [];
  for (const [name, unmet] of PROFILES) {
    const problems = [...blocking, ...unmet(f)];
    if (problems.length) notFitFor.push(`${name} (${unmetText(problems)})`);
    else fitFor.push(name);
  }
  return { fitFor, notFitFor };
}
