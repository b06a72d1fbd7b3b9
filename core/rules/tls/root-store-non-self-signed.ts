// Windows Server 2012+ fails TLS client authentication when Trusted Root holds certificates that are
// not self-signed roots (intermediates, server certificates); the seed's first PowerShell check.
import type { Rule } from '../rule';
import { listedIn, listingSignal, selfSigned } from './listings';
import { KB_2795828, STORE_SEED, UCLOBBY_CHECKS } from './citations';

export const tlsRootStoreNonSelfSigned: Rule = {
  id: 'tls.root-store-non-self-signed',
  description: 'A listing of LocalMachine\\Root shows certificates whose issuer is not their subject.',
  citations: [STORE_SEED, KB_2795828, UCLOBBY_CHECKS],
  run({ intake }) {
    const wrong = listedIn(intake, 'root').filter((c) => selfSigned(c) === false);
    return wrong.length ? [listingSignal(intake, 'tls.root-store-non-self-signed', 0.9, wrong, 'Trusted Root')] : [];
  },
};
