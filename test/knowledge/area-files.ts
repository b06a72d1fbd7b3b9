// The knowledge of some areas only, for tests that must blame their own files: common.yaml, the
// named area files and, when asked, the code tables; read with the reader the program itself uses.
import { readKnowledgeTexts } from '../../knowledge/files';
import type { Knowledge } from '../../knowledge/graph';
import { buildKnowledge, type KnowledgeText } from '../../knowledge/load';
import { lintKnowledge } from '../../knowledge/lint';

export const BREADTH_A_FILES = ['adcs-ca.yaml', 'enrollment.yaml', 'revocation.yaml', 'smartcard-ntauth.yaml', 'rdp-winrm.yaml', 'wsus-codesigning.yaml'];
export const BREADTH_B_FILES = ['schannel-tls.yaml', 'iis-https.yaml', 'dotnet-keys.yaml', 'configmgr-pki.yaml', 'intune-ndes-connector.yaml', 'lync-skype-certs.yaml'];

export function areaTexts(files: string[], options: { codes?: boolean } = {}): KnowledgeText[] {
  const wanted = new Set(['data/common.yaml', ...files.map((f) => `data/${f}`)]);
  return readKnowledgeTexts().filter((t) => wanted.has(t.path) || (options.codes === true && t.path.startsWith('codes/')));
}

export function areaKnowledge(files: string[], options: { codes?: boolean } = {}): Knowledge {
  return buildKnowledge(areaTexts(files, options));
}

/** Whether a node's file is one of the given area files. */
export const inFiles = (files: string[]) => (file: string): boolean => files.some((f) => file === `data/${f}`);

/**
 * The checks every area's own test runs on its files: whole graph, enough causes, sourced, asked in
 * three ways, partly German, ids prefixed by their area.
 */
export function describeAreaChecks(name: string, files: string[], options: { minCauses: number }): void {
  describe(`${name}: area checks`, () => {
    const k = areaKnowledge(files);
    const ours = [...k.causes.values()].filter((c) => inFiles(files)(c.file));

    it('lints clean apart from common components no file of ours uses', () => {
      const problems = lintKnowledge(k).filter((p) => !(p.file === 'data/common.yaml' && p.message.startsWith('orphan component')));
      expect(problems).toEqual([]);
    });

    it(`holds at least ${options.minCauses} causes`, () => {
      expect(ours.length).toBeGreaterThanOrEqual(options.minCauses);
    });

    it('gives every cause three distinct questions and a cited source with a URL or KB note', () => {
      for (const c of ours) {
        expect(new Set(c.questions.map((q) => q.toLowerCase())).size).toBeGreaterThanOrEqual(3);
        for (const s of c.sources) {
          const src = k.sources.get(s)!;
          expect(Boolean(src.url || src.note)).toBe(true);
        }
      }
    });

    it('gives about a quarter or more of the causes a German title and summary', () => {
      const german = ours.filter((c) => c.de?.title && c.de?.summary);
      expect(german.length * 4).toBeGreaterThanOrEqual(ours.length);
    });

    it('keeps cause and symptom ids in their file area prefix', () => {
      for (const c of ours) expect(c.id.startsWith(`${c.area}.`)).toBe(true);
      for (const s of k.symptoms.values()) if (inFiles(files)(s.file)) expect(s.id.startsWith(`${s.area}.`)).toBe(true);
    });
  });
}
