// Registry values from .reg exports ([HKEY_…] then "Name"=dword:00000002 / "Name"="text"), also when
// a blog flattened the export onto one line (seed 004), and from `reg query` output
// ("    Name    REG_SZ    data"). Values named …Thumbprint / …CertHash also yield thumbprint evidence.
import type { RegistryValueEvidence, ThumbprintEvidence } from '../model/evidence';
import { at, eachMatch, type ReadContext } from './context';
import { makeThumbprint } from './thumbprints';

const HIVES: Record<string, string> = { HKLM: 'HKEY_LOCAL_MACHINE', HKCU: 'HKEY_CURRENT_USER', HKCR: 'HKEY_CLASSES_ROOT', HKU: 'HKEY_USERS', HKCC: 'HKEY_CURRENT_CONFIG' };

export function fullKey(key: string): string {
  const m = /^(HKLM|HKCU|HKCR|HKU|HKCC)(?=\\|$)/i.exec(key);
  return m ? HIVES[m[1].toUpperCase()] + key.slice(m[1].length) : key;
}

function regData(raw: string): { type: string; data: string; number?: number } {
  let m: RegExpExecArray | null;
  if ((m = /^dword:([0-9a-f]{1,8})/i.exec(raw))) return { type: 'REG_DWORD', data: m[1], number: parseInt(m[1], 16) };
  if ((m = /^"((?:[^"\\]|\\.){0,4000})"/.exec(raw))) return { type: 'REG_SZ', data: m[1].replace(/\\(["\\])/g, '$1') };
  if ((m = /^hex\(b\):([0-9a-f,\\\s]{0,4000})/i.exec(raw))) {
    const bytes = m[1].replace(/[\\\s]/g, '').split(',').filter(Boolean);
    const n = bytes.reverse().reduce((acc, b) => acc * 256 + parseInt(b, 16), 0);
    return { type: 'REG_QWORD', data: m[1].replace(/[\\\s]/g, ''), number: n };
  }
  if (/^hex\(2\):/i.test(raw)) return { type: 'REG_EXPAND_SZ', data: raw.slice(7).replace(/[\\\s]/g, '') };
  if (/^hex\(7\):/i.test(raw)) return { type: 'REG_MULTI_SZ', data: raw.slice(7).replace(/[\\\s]/g, '') };
  if (/^hex:/i.test(raw)) return { type: 'REG_BINARY', data: raw.slice(4).replace(/[\\\s]/g, '') };
  if (raw.startsWith('-')) return { type: 'DELETE', data: '' };
  return { type: 'UNKNOWN', data: raw.trim() };
}

function thumbFor(ctx: ReadContext, name: string, dataStart: number, raw: string): ThumbprintEvidence[] {
  if (!/thumbprint|certhash/i.test(name) || !/[0-9a-f]{6}/i.test(raw)) return [];
  return [makeThumbprint(ctx, dataStart, dataStart + raw.length, raw, 'registry', name)];
}

export function readRegistry(ctx: ReadContext): (RegistryValueEvidence | ThumbprintEvidence)[] {
  const { text, lines } = ctx;
  const out: (RegistryValueEvidence | ThumbprintEvidence)[] = [];
  // .reg: keys in brackets, values after them (line-anchored or flattened onto one line).
  if (/\[HKEY_[A-Z_]{4,30}/.test(text)) {
    const keys: { key: string; start: number; end: number }[] = [];
    eachMatch(/\[(-?HKEY_[A-Z_]{4,30}(?:\\[^\]\r\n]{0,500})?)\]/g, text, (m) => keys.push({ key: m[1].replace(/^-/, ''), start: m.index, end: m.index + m[0].length }));
    keys.forEach((k, i) => {
      const stop = i + 1 < keys.length ? keys[i + 1].start : Math.min(text.length, k.end + 200000);
      const body = text.slice(k.end, stop);
      eachMatch(/(?:^|\s)(?:"((?:[^"\\\r\n]|\\.){0,300})"|(@))=(dword:[0-9a-f]{1,8}|"(?:[^"\\\r\n]|\\.){0,4000}"|hex(?:\([0-9a-f]\))?:[0-9a-f,\\\s]{0,8000}|-)/gi, body, (m) => {
        if (out.length >= 2000) return;
        const name = m[2] ? '(Default)' : m[1].replace(/\\(["\\])/g, '$1');
        const d = regData(m[3].trimEnd());
        const vStart = k.end + m.index + (m[0].length - m[0].trimStart().length);
        const dataStart = k.end + m.index + m[0].length - m[3].length;
        out.push({ kind: 'registry-value', ...at(ctx, vStart, k.end + m.index + m[0].trimEnd().length), key: k.key, name, type: d.type, data: d.data, ...(d.number !== undefined ? { number: d.number } : {}) });
        const rawData = d.type === 'REG_SZ' ? m[3].slice(1, -1) : '';
        out.push(...thumbFor(ctx, name, dataStart + (d.type === 'REG_SZ' ? 1 : 0), rawData));
      });
    });
  }
  // reg query: a key line, then indented "Name    REG_TYPE    data" lines.
  if (/\bREG_[A-Z_]{2,20}\b/.test(text)) {
    let key: string | undefined;
    for (const line of lines) {
      if (line.end - line.start > 8000) continue;
      const s = text.slice(line.start, line.end);
      const k = /^\s*((?:HKEY_[A-Z_]{4,30}|HKLM|HKCU)(?:\\[^\r\n]{0,500})?)\s*$/.exec(s);
      if (k) {
        key = fullKey(k[1].trim());
        continue;
      }
      if (!key || !s.includes('REG_')) continue;
      const v = /^\s{2,}(\S(?:.{0,300}?\S)?)\s{2,}(REG_[A-Z_]{2,20})(?:\s{2,}|\s*$)(.*)$/.exec(s);
      if (!v) continue;
      const type = v[2];
      const data = v[3].trim();
      const number = type === 'REG_DWORD' || type === 'REG_QWORD' ? Number(data) : undefined;
      const name = v[1] === '(Default)' || v[1] === '(Standard)' ? '(Default)' : v[1];
      out.push({ kind: 'registry-value', ...at(ctx, line.start, line.end), key, name, type, data, ...(number !== undefined && Number.isFinite(number) ? { number } : {}) });
      const dStart = line.start + s.lastIndexOf(data);
      out.push(...thumbFor(ctx, name, dStart, data));
    }
  }
  return out;
}
