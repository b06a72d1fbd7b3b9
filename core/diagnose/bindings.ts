// Placeholders in remediation and check commands ({thumbprint}, {dpmServer}, …) are filled with the
// user's own values. General values come from the evidence; a rule that knows better (the cleaned
// thumbprint of a malformed argument, the new thumbprint of a renewed certificate) binds them in
// its signal, and that wins.

import { evidenceOf, type Intake } from '../model/evidence';

/** Placeholders the knowledge may use. Anything else in braces (PowerShell script blocks) is left alone. */
export const PLACEHOLDERS = [
  'thumbprint',
  'newThumbprint',
  'computer',
  'dpmServer',
  'protectedServer',
  'outputPath',
  'binFile',
  'certFile',
  'subject',
  'host',
  'notBefore',
  'notAfter',
  'store',
  'serial',
  'caName',
  'template',
  'url',
  'port',
  'mp',
] as const;

export type Bindings = Record<string, string>;

function firstParam(params: Record<string, string>, names: string[]): string | undefined {
  for (const n of names) {
    const v = params[n];
    if (v) return v.replace(/^["']|["']$/g, '');
  }
  return undefined;
}

export function bindingsFromEvidence(intake: Intake): Bindings {
  const b: Bindings = {};
  const set = (key: string, value: string | undefined) => {
    if (value && !(key in b)) b[key] = value;
  };
  for (const t of evidenceOf(intake, 'thumbprint')) {
    if (t.clean.length === 40 && t.defects.every((d) => d !== 'non-hex')) set('thumbprint', t.clean);
  }
  for (const c of evidenceOf(intake, 'command')) {
    set('dpmServer', firstParam(c.params, ['dpmservername']));
    set('outputPath', firstParam(c.params, ['outputfilepath']));
    set('binFile', firstParam(c.params, ['dpmcredential', 'dpmservercredential', 'pscredential']));
    set('protectedServer', firstParam(c.params, ['psname', 'productionservername']));
  }
  for (const e of evidenceOf(intake, 'event')) set('computer', e.computer);
  for (const cert of evidenceOf(intake, 'certificate')) {
    set('certFile', cert.origin !== 'paste' ? cert.origin : undefined);
    set('thumbprint', cert.thumbprintSha1);
  }
  for (const r of evidenceOf(intake, 'registry-value')) {
    if (/thumbprint/i.test(r.name)) set('thumbprint', r.data.replace(/[^0-9a-f]/gi, '').toLowerCase() || undefined);
  }
  return b;
}

const PLACEHOLDER_RX = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * Fills {placeholders}; a known placeholder without a value becomes <placeholder> so the user sees
 * what to put there. Braces that are not placeholders (PowerShell script blocks) are left alone.
 */
export function fill(template: string, bindings: Bindings): string {
  return template.replace(PLACEHOLDER_RX, (whole, name: string) => {
    if (bindings[name]) return bindings[name];
    return (PLACEHOLDERS as readonly string[]).includes(name) ? `<${name}>` : whole;
  });
}
