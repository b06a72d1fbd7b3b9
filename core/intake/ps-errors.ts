// PowerShell error records and DPM tool errors:
//   "Set-DPMCredentials : Unable to find certificate with the thumbprint … (ID: 33231)"
//   "Error(Id= 33234), Details : The certificate provided with thumbprint … does not correspond …"
// A record wrapped by the console is joined until a blank line or the "At line:" / "+ " trailer.
import type { PsErrorEvidence } from '../model/evidence';
import { at, type ReadContext } from './context';

const RECORD = /^[ \t]*([A-Za-z]{2,20}-[A-Za-z]\w{1,80}|[A-Za-z][\w.-]{1,80}\.ps1)[ \t]+:[ \t]+(\S.*)$/;
const DPM_TOOL = /^[ \t]*Error\s*\(\s*Id\s*=\s*(\d{1,6})\s*\)\s*,?\s*(?:Details\s*:\s*)?(.*)$/i;

export function readPsErrors(ctx: ReadContext): PsErrorEvidence[] {
  const { text, lines } = ctx;
  if (!/ : |Error\s*\(\s*Id/i.test(text)) return [];
  const out: PsErrorEvidence[] = [];
  for (let i = 0; i < lines.length && out.length < 500; i++) {
    const l = lines[i];
    if (l.end - l.start > 8000) continue;
    const s = text.slice(l.start, l.end);
    const rec = RECORD.exec(s);
    const dpm = rec ? undefined : DPM_TOOL.exec(s);
    if (!rec && !dpm) continue;
    let message = (rec ? rec[2] : dpm![2]).trim();
    let end = l.end;
    let k = i;
    while (k + 1 < lines.length && k - i < 6 && !/\(ID:\s*\d+\)\s*$/i.test(message)) {
      const n = text.slice(lines[k + 1].start, Math.min(lines[k + 1].end, lines[k + 1].start + 4000));
      if (!n.trim() || /^\s*(?:At line:|At [A-Za-z]:\\|\+ |CategoryInfo|FullyQualifiedErrorId)/.test(n) || RECORD.test(n)) break;
      message = `${message} ${n.trim()}`;
      end = lines[k + 1].end;
      k++;
    }
    const id = /\(ID:\s*(\d{1,6})\)\s*$/i.exec(message);
    out.push({
      kind: 'ps-error',
      ...at(ctx, l.start, end),
      ...(rec ? { cmdlet: rec[1] } : {}),
      message: id ? message.slice(0, id.index).trim() : message,
      ...(id ? { id: Number(id[1]) } : dpm ? { id: Number(dpm[1]) } : {}),
    });
    i = k;
  }
  return out;
}
