// Shared test helpers: a small, stable Knowledge (the shipped one changes while others write it),
// a ReadContext for calling one reader, fixtures, and evidence without quote/span for exact asserts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyKnowledge, type Knowledge, type CodeInfo } from '../../knowledge/graph';
import type { Evidence } from '../../core/model/evidence';
import { splitLines, type ReadContext } from '../../core/intake/context';

function code(code: string, value: number, name: string, message: string): CodeInfo {
  return { code, value, name, message, source: 'test', table: 'test' };
}

export function testKnowledge(): Knowledge {
  const k = emptyKnowledge();
  const codes = [
    code('0x800B0101', 0x800b0101, 'CERT_E_EXPIRED', 'A required certificate is not within its validity period.'),
    code('0x800B0109', 0x800b0109, 'CERT_E_UNTRUSTEDROOT', 'A certificate chain processed, but terminated in a root certificate which is not trusted.'),
    code('0x8009000D', 0x8009000d, 'NTE_NO_KEY', 'Key does not exist.'),
    code('0x80092013', 0x80092013, 'CRYPT_E_REVOCATION_OFFLINE', 'The revocation function was unable to check revocation because the revocation server was offline.'),
    code('0x80070005', 0x80070005, 'E_ACCESSDENIED', 'Access is denied.'),
    code('1008', 1008, 'ERROR_NO_TOKEN', 'An attempt was made to reference a token that does not exist.'),
    code('1722', 1722, 'RPC_S_SERVER_UNAVAILABLE', 'The RPC server is unavailable.'),
    code('5', 5, 'ERROR_ACCESS_DENIED', 'Access is denied.'),
    code('12175', 12175, 'ERROR_WINHTTP_SECURE_FAILURE', 'A security error occurred.'),
  ];
  for (const c of codes) {
    k.codes.set(c.value, c);
    k.codesByName.set(c.name, c);
  }
  const comp = (id: string, kind: 'product' | 'port' | 'store' | 'service', aliases: string[]) =>
    k.components.set(id, { id, title: id, kind, aliases, area: 'test', file: 'test.yaml' });
  comp('dpm', 'product', ['DPM', 'Data Protection Manager']);
  comp('dpm.port-6076', 'port', ['6076', 'port 6076']);
  comp('lync', 'product', ['Lync', 'Lync 2013', 'Front End', 'Frontend']);
  comp('ndes', 'product', ['NDES', 'SCEP', 'mscep.dll']);
  comp('store.machine-root', 'store', ['LocalMachine\\Root', 'trusted root store']);
  comp('store.machine-my', 'store', ['LocalMachine\\My', 'personal machine store', 'store: My']);
  comp('dotnet', 'product', ['.NET']);
  comp('configmgr', 'product', ['SMS', 'CcmExec']);
  comp('windows.cryptsvc', 'service', ['CryptSvc', 'Cryptographic Services', 'Kryptografiedienste']);
  return k;
}

export const FIXTURES = join(__dirname, '..', 'fixtures', 'text');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function ctxOf(text: string, knowledge: Knowledge = testKnowledge()): ReadContext {
  return { input: 0, text, lines: splitLines(text), knowledge, notes: [] };
}

/** Evidence without quote and span, for exact field assertions. */
export function bare<T extends Evidence>(e: T): Omit<T, 'quote' | 'span'> {
  const { quote: _q, span: _s, ...rest } = e;
  return rest;
}

/** The text a span points at. */
export function spanText(text: string, e: Evidence): string {
  return text.slice(e.span!.start, e.span!.end);
}
