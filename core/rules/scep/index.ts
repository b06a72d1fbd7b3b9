// Rules of this area, registered in core/rules/index.ts.
import type { Rule } from '../rule';
import { scepCrpIisHealthy } from './crp-iis-healthy';
import { scepCrpValidationPassed } from './crp-validation-passed';
import { scepIisRequestTooLarge } from './iis-request-too-large';
import { scepNdesIisHealthy } from './ndes-iis-healthy';
import { scepNdesPluginHealthy } from './ndesplugin-healthy';

export const rules: Rule[] = [scepIisRequestTooLarge, scepNdesIisHealthy, scepNdesPluginHealthy, scepCrpIisHealthy, scepCrpValidationPassed];
