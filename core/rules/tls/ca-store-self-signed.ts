// Roots belong in Trusted Root; a self-signed certificate in Intermediate Certification Authorities
// is misplaced (the seed's third PowerShell check).
import type { Rule } from '../rule';
import { listedIn, listingSignal, selfSigned } from './listings';
import { STORE_SEED } from './citations';

export const tlsCaStoreSelfSigned: Rule = {
  id: 'tls.ca-store-self-signed',
  description: 'A listing of LocalMachine\\CA shows self-signed (root) certificates.',
  citations: [STORE_SEED],
  run({ intake }) {
    const wrong = listedIn(intake, 'ca').filter((c) => selfSigned(c) === true);
    return wrong.length ? [listingSignal(intake, 'tls.ca-store-self-signed', 0.85, wrong, 'Intermediate CA')] : [];
  },
};
