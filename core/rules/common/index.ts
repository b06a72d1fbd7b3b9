// Rules shared by several areas (thumbprint defects apply to DPM commands, NDES registry values, …).
import type { Rule } from '../rule';
import { thumbprintDefects } from './thumbprint-defects';

export const rules: Rule[] = [thumbprintDefects];
