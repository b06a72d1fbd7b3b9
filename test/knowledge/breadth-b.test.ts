// Breadth part B: Schannel/TLS, IIS HTTPS, .NET keys, ConfigMgr client PKI, NDES/Intune connector and
// Lync/Skype certificate causes. Loads only common.yaml and these files, so a problem found here is ours.

import { PLACEHOLDERS } from '../../core/diagnose/bindings';
import { areaKnowledge, BREADTH_B_FILES as OUR_FILES, describeAreaChecks } from './area-files';

describeAreaChecks('breadth B', OUR_FILES, { minCauses: 65 });

describe('breadth B knowledge files', () => {
  const k = areaKnowledge(OUR_FILES);

  it('uses only placeholders the reply knows how to fill in commands', () => {
    const known = new Set<string>(PLACEHOLDERS);
    const unknown: string[] = [];
    for (const node of [...k.remediations.values(), ...k.checks.values()]) {
      if (node.file === 'data/common.yaml') continue;
      const steps = [...node.steps, ...(node.de?.steps ?? [])];
      for (const st of steps) {
        for (const m of (st.command ?? '').matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)) {
          if (!known.has(m[1])) unknown.push(`${node.id}: {${m[1]}}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });
});
