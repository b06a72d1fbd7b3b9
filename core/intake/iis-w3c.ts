// IIS W3C logs (u_exYYMMDD.log): fields from the #Fields: header, else IIS's default order. Pasted
// logs are often damaged (seed 003 replaced IPs by "[NDES-IP Address]" and glued fields together),
// so when a line has more or fewer tokens than fields the request, status triple and query are
// found by their shape instead. SCEP operations come from the query, CRP calls from the URI stem.
import type { CodeEvidence, IisRequestEvidence } from '../model/evidence';
import { at, type ReadContext } from './context';
import { makeCode } from './codes';

export const DEFAULT_FIELDS = [
  'date', 'time', 's-ip', 'cs-method', 'cs-uri-stem', 'cs-uri-query', 's-port', 'cs-username', 'c-ip',
  'cs(User-Agent)', 'cs(Referer)', 'sc-status', 'sc-substatus', 'sc-win32-status', 'time-taken',
];

const METHOD = /^(?:GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH|CONNECT|TRACE|PROPFIND|RPC_IN_DATA|RPC_OUT_DATA)$/;

/** Splits on blanks, keeping "[NDES-IP Address]" placeholders together. */
function tokens(line: string): string[] {
  const raw = line.trim().split(/[ \t]+/);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i];
    if (t.startsWith('[') && !t.includes(']')) {
      let j = i + 1;
      while (j < raw.length && j - i < 6 && !raw[j - 1].includes(']')) {
        t = `${t} ${raw[j]}`;
        j++;
        if (t.includes(']')) break;
      }
      i = j - 1;
    }
    out.push(t);
  }
  return out;
}

const num = (s: string | undefined) => (s !== undefined && /^\d{1,10}$/.test(s) ? Number(s) : undefined);

/** Finds fields by shape when the token count does not match the header. */
function byShape(tok: string[]): Record<string, string> | undefined {
  const mi = tok.findIndex((t, i) => i >= 2 && METHOD.test(t));
  if (mi < 0 || mi + 1 >= tok.length) return undefined;
  // Status triple: the rightmost 3-digit status followed by two numbers, with only numbers after it.
  let si = -1;
  for (let i = tok.length - 3; i > mi; i--) {
    const st = num(tok[i]);
    if (st !== undefined && st >= 100 && st <= 599 && num(tok[i + 1]) !== undefined && num(tok[i + 2]) !== undefined && tok.slice(i + 3).every((t) => num(t) !== undefined)) {
      si = i;
      break;
    }
  }
  if (si < 0) return undefined;
  const f: Record<string, string> = {
    date: tok[0],
    time: tok[1],
    'cs-method': tok[mi],
    'cs-uri-stem': tok[mi + 1],
    'sc-status': tok[si],
    'sc-substatus': tok[si + 1],
    'sc-win32-status': tok[si + 2],
  };
  if (mi >= 3) f['s-ip'] = tok[2];
  const q = tok[mi + 2];
  if (q !== undefined && mi + 2 < si && num(q) === undefined) f['cs-uri-query'] = q;
  const port = tok.slice(mi + 2, si).find((t) => num(t) !== undefined);
  if (port) f['s-port'] = port;
  if (tok[si + 3] !== undefined) f['time-taken'] = tok[tok.length - 1];
  return f;
}

function operationOf(stem: string, query: string | undefined): string | undefined {
  const op = query && /(?:^|&)operation=([A-Za-z]{1,40})/i.exec(query);
  if (op) return op[1];
  const crp = /\/(?:CMCertificateRegistration|CertificateRegistrationSvc)\/Certificate\/(\w{1,40})/i.exec(stem);
  return crp?.[1];
}

export function readIis(ctx: ReadContext): (IisRequestEvidence | CodeEvidence)[] {
  const { text } = ctx;
  if (!/^\d{4}-\d{2}-\d{2}[ \t]+\d{2}:\d{2}:\d{2}[ \t]/m.test(text)) return [];
  const out: (IisRequestEvidence | CodeEvidence)[] = [];
  let fields = DEFAULT_FIELDS;
  // Only header lines and lines that start with a date are visited (a regex finds them; most lines of
  // a mixed paste are never sliced).
  const re = /^(?:#Fields:[^\r\n]*|\d{4}-\d{2}-\d{2}[ \t]+\d{2}:\d{2}:\d{2}[ \t][^\r\n]{0,20000})/gm;
  let lm: RegExpExecArray | null;
  while ((lm = re.exec(text)) !== null) {
    const s = lm[0];
    const line = { start: lm.index, end: lm.index + s.length };
    if (s.startsWith('#Fields:')) {
      fields = s.slice(8).trim().split(/\s+/);
      continue;
    }
    const tok = tokens(s);
    let f: Record<string, string> | undefined;
    if (tok.length === fields.length) {
      f = {};
      fields.forEach((name, i) => (f![name] = tok[i]));
      if (!METHOD.test(f['cs-method'] ?? '') || num(f['sc-status']) === undefined) f = byShape(tok);
    } else f = byShape(tok);
    if (!f) continue;
    const status = num(f['sc-status']);
    if (status === undefined) continue;
    const query = f['cs-uri-query'] && f['cs-uri-query'] !== '-' ? f['cs-uri-query'] : undefined;
    const stem = f['cs-uri-stem'] ?? '';
    const win32Status = num(f['sc-win32-status']) ?? 0;
    const ua = f['cs(User-Agent)'];
    const ip = f['c-ip'];
    const req: IisRequestEvidence = {
      kind: 'iis-request',
      ...at(ctx, line.start, line.end),
      ...(f.date ? { date: f.date } : {}),
      ...(f.time ? { time: f.time } : {}),
      ...(f['cs-method'] ? { method: f['cs-method'] } : {}),
      uriStem: stem,
      ...(query ? { uriQuery: query } : {}),
      status,
      substatus: num(f['sc-substatus']) ?? 0,
      win32Status,
      ...(num(f['time-taken']) !== undefined ? { timeTaken: num(f['time-taken']) } : {}),
      ...(ua && ua !== '-' ? { userAgent: ua } : {}),
      ...(ip && ip !== '-' ? { clientIp: ip } : {}),
      ...(num(f['s-port']) !== undefined ? { serverPort: num(f['s-port']) } : {}),
      ...(operationOf(stem, query) ? { operation: operationOf(stem, query) } : {}),
      queryLength: query?.length ?? 0,
    };
    out.push(req);
    if (win32Status !== 0) {
      // sc-win32-status is a Win32 error, or an HRESULT written as an unsigned decimal (2148204809 = 0x800B0109).
      const big = win32Status >= 0x80000000;
      const idx = s.lastIndexOf(String(win32Status));
      const st = idx >= 0 ? line.start + idx : line.start;
      out.push(makeCode(ctx, st, st + String(win32Status).length, win32Status, big ? 'unsigned-decimal' : 'win32-decimal', String(win32Status), big ? undefined : win32Status));
    }
  }
  return out;
}
