// The knowledge the language measurements run on: the shipped graph when it loads and has enough
// example questions to measure, else the hand-built fixture. Other engineers edit the YAML
// concurrently; a broken file must not fail the language suite.

import type { Knowledge } from '../../knowledge/graph';
import { fixtureKnowledge } from './fixture-knowledge';

/** The shipped graph when it loads and has enough example questions to measure; else the fixture. */
export function knowledgeUnderTest(): { knowledge: Knowledge; name: string } {
  try {
    // Loaded lazily: other engineers edit the YAML concurrently, a broken file must not fail this suite.
    const { defaultKnowledge } = require('../../knowledge/files') as typeof import('../../knowledge/files');
    const shipped = defaultKnowledge();
    const measurable = [...shipped.causes.values()].filter((c) => (c.questions ?? []).length >= 2).length;
    if (measurable >= 10) return { knowledge: shipped, name: 'shipped knowledge' };
  } catch {
    // fall through to the fixture
  }
  return { knowledge: fixtureKnowledge(), name: 'test fixture knowledge' };
}
