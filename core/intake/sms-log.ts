// Plain ConfigMgr / SMS log lines, as Notepad shows them (no CMTrace markup):
//   "CCMSignData failed (0x8009200b). CcmExec 1/7/2005 5:59:40 PM"            (SMS 2003 client, seed 001)
//   "… Will be discarded (0x8009000d). CcmExec 1/11/2005 10:12:16 AM 3944 (0x0F68)"
//   "message  $$<SMS_MP_CONTROL_MANAGER><01-07-2005 17:59:38.000+480><thread=1234 (0x4D2)>" (site server)
// A message wrapped over several lines (as in seed 001) is joined back with the lines above it.
import type { LogLineEvidence } from '../model/evidence';
import { at, type ReadContext } from './context';
import { severityFromWords } from './severity';

const CLIENT_TAIL =
  /\s([A-Za-z][\w.]{0,40})[ \t]+(\d{1,2}\/\d{1,2}\/\d{4})[ \t]+(\d{1,2}:\d{2}:\d{2}(?:[ \t]?[AP]M)?)(?:[ \t]+(\d{1,6})(?:[ \t]+\((0x[0-9A-Fa-f]{1,8})\))?)?[ \t]*$/;
const SITE_TAIL = /\$\$<([^<>]{0,80})><([^<>]{0,60})><thread=(\d{1,8})[^<>]{0,30}>[ \t]*$/;

export function readSmsLog(ctx: ReadContext): LogLineEvidence[] {
  const { text, lines } = ctx;
  if (!/\d{1,2}\/\d{1,2}\/\d{4}[ \t]+\d{1,2}:\d{2}|\$\$</.test(text)) return [];
  const out: LogLineEvidence[] = [];
  let lastEnd = -1; // index of the last line that closed an entry
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.end - line.start > 8000) continue;
    const s = text.slice(line.start, line.end);
    let m = CLIENT_TAIL.exec(s);
    let component: string | undefined;
    let date: string | undefined;
    let time: string | undefined;
    let thread: string | undefined;
    let msgEnd: number;
    if (m) {
      [component, date, time, thread] = [m[1], m[2], m[3], m[4]];
      msgEnd = m.index;
    } else if ((m = SITE_TAIL.exec(s))) {
      component = m[1];
      const dt = m[2].match(/^(\S+)\s+(\S+)$/);
      date = dt?.[1];
      time = dt?.[2] ?? m[2];
      thread = m[3];
      msgEnd = m.index;
    } else continue;
    // Join wrapped lines above (same paragraph, not themselves entries, at most 4).
    let first = i;
    while (first - 1 > lastEnd && i - first < 4 && lines[first - 1].end > lines[first - 1].start && text.slice(lines[first - 1].start, lines[first - 1].end).trim()) first--;
    const startOff = lines[first].start;
    const message = text
      .slice(startOff, line.start + msgEnd)
      .replace(/\s+/g, ' ')
      .trim();
    lastEnd = i;
    if (!message) continue;
    out.push({
      kind: 'log-line',
      ...at(ctx, startOff, line.end),
      format: 'sms-plain',
      message,
      severity: severityFromWords(message),
      ...(component ? { component } : {}),
      ...(time ? { time } : {}),
      ...(date ? { date } : {}),
      ...(thread ? { thread } : {}),
    });
  }
  return out;
}
