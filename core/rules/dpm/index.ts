// Rules of this area, registered in core/rules/index.ts.
import type { Rule } from '../rule';
import { dpmCertCngKey } from './cng-key';
import { dpmCertExpired } from './expired';
import { dpmCertKeySpecNotExchange } from './keyspec-not-exchange';
import { dpmCertKeyTooShort } from './key-too-short';
import { dpmCertMissingAuthEku } from './missing-auth-eku';
import { dpmCertNoPrivateKey } from './no-private-key';
import { dpmCertNotV3 } from './not-v3';
import { dpmCertSelfSigned } from './self-signed';
import { dpmCertSubjectEmpty } from './subject-empty';

export const rules: Rule[] = [
  dpmCertCngKey,
  dpmCertKeySpecNotExchange,
  dpmCertKeyTooShort,
  dpmCertMissingAuthEku,
  dpmCertNoPrivateKey,
  dpmCertExpired,
  dpmCertSelfSigned,
  dpmCertNotV3,
  dpmCertSubjectEmpty,
];
