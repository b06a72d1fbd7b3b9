// The computer's Personal store is for its own certificates with keys; certificates without a key
// there are unused and confuse certificate selection (the seed's fourth check).
import type { Rule } from '../rule';
import { listedIn, listingSignal } from './listings';
import { STORE_SEED } from './citations';

export const tlsMyStoreWithoutKey: Rule = {
  id: 'tls.my-store-without-key',
  description: 'A listing of LocalMachine\\My shows certificates without a private key.',
  citations: [STORE_SEED],
  run({ intake }) {
    const wrong = listedIn(intake, 'my').filter((c) => c.hasPrivateKey === false);
    return wrong.length ? [listingSignal(intake, 'tls.my-store-without-key', 0.75, wrong, 'Personal')] : [];
  },
};
