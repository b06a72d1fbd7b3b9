// CA certificates never come with a private key on an ordinary server: one with a key in the
// intermediate store is an own certificate imported to the wrong place (the seed's second check).
import type { Rule } from '../rule';
import { listedIn, listingSignal } from './listings';
import { STORE_SEED } from './citations';

export const tlsCaStoreWithKey: Rule = {
  id: 'tls.ca-store-with-key',
  description: 'A listing of LocalMachine\\CA shows certificates with a private key.',
  citations: [STORE_SEED],
  run({ intake }) {
    const wrong = listedIn(intake, 'ca').filter((c) => c.hasPrivateKey === true);
    return wrong.length ? [listingSignal(intake, 'tls.ca-store-with-key', 0.8, wrong, 'Intermediate CA')] : [];
  },
};
