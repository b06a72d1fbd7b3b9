// DPM *.errlog lines (MSDPMCurr.errlog, DPMRACurr.errlog):
//   "ConfigureCertificates.cs(400) NORMAL Getting certificate for thumbPrint : 8d8b…"   (as blogs quote them)
//   "0A4C 0B1C 07/23 10:12:13.456 03 ConfigureCertificates.cs(400) 3F2C… NORMAL …"      (as the file has them)
import type { LogLineEvidence } from '../model/evidence';
import { at, type ReadContext } from './context';

const LINE =
  /(?:^|[\s\t])([A-Za-z_][\w.]{0,80}\.(?:cs|cpp|c|h|hpp))\((\d{1,6})\)[ \t]+(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f-]{27}[ \t]+)?(NORMAL|WARNING|ERROR|FATAL|INFO|CRITICAL)\b[ \t]*(.*)$/;
const PREFIX = /^\s*([0-9A-Fa-f]{2,8})[ \t]+([0-9A-Fa-f]{2,8})[ \t]+(\d{1,2}\/\d{1,2})[ \t]+(\d{1,2}:\d{2}:\d{2}(?:\.\d+)?)/;

export function readDpmErrlog(ctx: ReadContext): LogLineEvidence[] {
  const { text, lines } = ctx;
  if (!/\.(?:cs|cpp|c|h)\(\d+\)[ \t]+(?:[0-9A-Fa-f-]{36}[ \t]+)?(?:NORMAL|WARNING|ERROR|FATAL|INFO|CRITICAL)\b/.test(text)) return [];
  const out: LogLineEvidence[] = [];
  for (const line of lines) {
    if (line.end - line.start > 8000) continue;
    const s = text.slice(line.start, line.end);
    if (!s.includes('(')) continue;
    const m = LINE.exec(s);
    if (!m) continue;
    const level = m[3];
    const p = PREFIX.exec(s);
    out.push({
      kind: 'log-line',
      ...at(ctx, line.start, line.end),
      format: 'dpm-errlog',
      message: m[4].trim(),
      severity: level === 'ERROR' || level === 'FATAL' || level === 'CRITICAL' ? 'error' : level === 'WARNING' ? 'warning' : 'info',
      level,
      file: `${m[1]}(${m[2]})`,
      ...(p ? { thread: p[2], date: p[3], time: p[4] } : {}),
    });
  }
  return out;
}
