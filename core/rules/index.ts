// Every rule, by area. A rule is one file in its area's folder, listed in that folder's index.
import type { Rule } from './rule';
import { rules as cert } from './cert';
import { rules as common } from './common';
import { rules as configmgr } from './configmgr';
import { rules as dpm } from './dpm';
import { rules as ndes } from './ndes';
import { rules as scep } from './scep';
import { rules as tls } from './tls';

export const allRules: Rule[] = [...common, ...dpm, ...configmgr, ...ndes, ...scep, ...tls, ...cert];
