// The knowledge of some areas only, for tests that must blame their own files: common.yaml, the
// named area files and, when asked, the code tables; read with the reader the program itself uses.
import { readKnowledgeTexts } from '../../knowledge/files';
import type { Knowledge } from '../../knowledge/graph';
import { buildKnowledge, type KnowledgeText } from '../../knowledge/load';

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
