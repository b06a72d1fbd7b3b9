// Rules of this area, registered in core/rules/index.ts.
import type { Rule } from '../rule';
import { tlsCaStoreSelfSigned } from './ca-store-self-signed';
import { tlsCaStoreWithKey } from './ca-store-with-key';
import { tlsMyStoreWithoutKey } from './my-store-without-key';
import { tlsRootStoreNonSelfSigned } from './root-store-non-self-signed';
import { tlsRootStoreTooMany } from './root-store-too-many';

export const rules: Rule[] = [tlsRootStoreNonSelfSigned, tlsCaStoreSelfSigned, tlsCaStoreWithKey, tlsMyStoreWithoutKey, tlsRootStoreTooMany];
