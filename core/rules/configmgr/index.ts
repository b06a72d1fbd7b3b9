// Rules of this area, registered in core/rules/index.ts.
import type { Rule } from '../rule';

export const rules: Rule[] = [];
