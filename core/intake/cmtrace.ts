// CMTrace-format logs (ConfigMgr client and site logs, NDESPlugin.log, CRP.log):
//   <![LOG[message]LOG]!><time="…" date="…" component="…" context="" type="1" thread="…" file="…">
// type 2 is a warning and 3 an error. Scanned with indexOf so a damaged log stays linear-time.
import type { LogLineEvidence, LogSeverity } from '../model/evidence';
import { quoteOf, type ReadContext } from './context';

const OPEN = '<![LOG[';
const CLOSE = ']LOG]!>';
const MAX_MESSAGE = 64 * 1024;

function severityOf(type: string | undefined): LogSeverity {
  return type === '3' ? 'error' : type === '2' ? 'warning' : 'info';
}

export function readCmtrace(ctx: ReadContext): LogLineEvidence[] {
  const { text } = ctx;
  const out: LogLineEvidence[] = [];
  let pos = text.indexOf(OPEN);
  let closeAt = -1;
  while (pos >= 0) {
    const msgStart = pos + OPEN.length;
    if (closeAt < msgStart) closeAt = text.indexOf(CLOSE, msgStart);
    if (closeAt < 0) break;
    const nextOpen = text.indexOf(OPEN, msgStart);
    if (nextOpen >= 0 && nextOpen < closeAt) {
      pos = nextOpen; // this entry lost its terminator
      continue;
    }
    if (closeAt - msgStart > MAX_MESSAGE) {
      pos = nextOpen;
      continue;
    }
    const attrStart = closeAt + CLOSE.length;
    let attrEnd = attrStart;
    if (text[attrStart] === '<') {
      const gt = text.indexOf('>', attrStart);
      attrEnd = gt >= 0 && gt - attrStart < 2000 ? gt + 1 : attrStart;
    }
    const attrs: Record<string, string> = {};
    const re = /(\w+)="([^"]{0,500})"/g;
    const attrText = text.slice(attrStart, attrEnd);
    let m: RegExpExecArray | null;
    while ((m = re.exec(attrText)) !== null) attrs[m[1]] = m[2];
    const message = text.slice(msgStart, closeAt).trim();
    out.push({
      kind: 'log-line',
      quote: quoteOf(text, msgStart, closeAt),
      span: { input: ctx.input, start: pos, end: attrEnd },
      format: 'cmtrace',
      message,
      severity: severityOf(attrs.type),
      ...(attrs.component ? { component: attrs.component } : {}),
      ...(attrs.time ? { time: attrs.time } : {}),
      ...(attrs.date ? { date: attrs.date } : {}),
      ...(attrs.thread ? { thread: attrs.thread } : {}),
      ...(attrs.file ? { file: attrs.file } : {}),
    });
    pos = nextOpen;
  }
  return out;
}
