// Windows events as text: Event Viewer's "Copy details as text" (Log Name:, Source:, Event ID:, …,
// Description:), in English and German (Protokollname:, Quelle:, Ereignis-ID:, Ebene:, Beschreibung:),
// one label per line or all on one line as blogs reflow them (seed 004), and Get-WinEvent | Format-List
// (ProviderName :, Id :, LevelDisplayName :, Message :).
import type { EventEvidence } from '../model/evidence';
import { at, eachMatch, type ReadContext } from './context';

/** Label as printed → canonical field. */
const VIEWER_LABELS: Record<string, string> = {
  'log name': 'channel',
  protokollname: 'channel',
  source: 'provider',
  quelle: 'provider',
  date: 'timeCreated',
  datum: 'timeCreated',
  'event id': 'eventId',
  'ereignis-id': 'eventId',
  'task category': 'task',
  aufgabenkategorie: 'task',
  level: 'level',
  ebene: 'level',
  keywords: 'keywords',
  'schlüsselwörter': 'keywords',
  user: 'user',
  benutzer: 'user',
  computer: 'computer',
  opcode: 'opcode',
  description: 'description',
  beschreibung: 'description',
};

const FL_LABELS: Record<string, string> = {
  timecreated: 'timeCreated',
  providername: 'provider',
  id: 'eventId',
  message: 'description',
  leveldisplayname: 'level',
  logname: 'channel',
  machinename: 'computer',
  level: 'levelNumber',
  recordid: 'recordId',
  taskdisplayname: 'task',
  userid: 'user',
};

const LEVEL_NAMES: Record<string, string> = {
  fehler: 'Error',
  error: 'Error',
  warnung: 'Warning',
  warning: 'Warning',
  informationen: 'Information',
  information: 'Information',
  kritisch: 'Critical',
  critical: 'Critical',
  ausführlich: 'Verbose',
  verbose: 'Verbose',
};

const VIEWER_RE =
  /(?<![\w-])(Log Name|Protokollname|Source|Quelle|Date|Datum|Event ID|Ereignis-ID|Task Category|Aufgabenkategorie|Level|Ebene|Keywords|Schlüsselwörter|User|Benutzer|Computer|OpCode|Description|Beschreibung)[ \t]*:/g;

function build(ctx: ReadContext, start: number, end: number, fields: Record<string, string>): EventEvidence | undefined {
  const id = fields.eventId?.match(/^\d{1,6}\b/)?.[0];
  if (!id && !(fields.provider && fields.channel)) return undefined;
  const data: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) if (v) data[k] = v;
  const level = fields.level ? (LEVEL_NAMES[fields.level.toLowerCase()] ?? fields.level) : undefined;
  return {
    kind: 'event',
    ...at(ctx, start, end),
    format: 'text',
    ...(fields.provider ? { provider: fields.provider } : {}),
    ...(id ? { eventId: Number(id) } : {}),
    ...(level ? { level } : {}),
    ...(fields.channel ? { channel: fields.channel } : {}),
    ...(fields.computer ? { computer: fields.computer } : {}),
    ...(fields.timeCreated ? { timeCreated: fields.timeCreated } : {}),
    ...(fields.description ? { description: fields.description } : {}),
    elements: [],
    data,
  };
}

/** Event Viewer text: blocks start at "Log Name:" / "Protokollname:"; Description runs to the block's end. */
function readViewer(ctx: ReadContext): EventEvidence[] {
  const { text } = ctx;
  const labels: { key: string; start: number; valueStart: number }[] = [];
  eachMatch(VIEWER_RE, text, (m) => {
    labels.push({ key: VIEWER_LABELS[m[1].toLowerCase()], start: m.index, valueStart: m.index + m[0].length });
  });
  const out: EventEvidence[] = [];
  let i = 0;
  while (i < labels.length && out.length < 500) {
    if (labels[i].key !== 'channel' && labels[i].key !== 'provider') {
      i++;
      continue;
    }
    const blockStart = labels[i].start;
    const fields: Record<string, string> = {};
    let j = i;
    let end = blockStart;
    for (; j < labels.length; j++) {
      const l = labels[j];
      if (j > i && (l.key === 'channel' || fields[l.key] !== undefined)) break; // the next event
      if (l.key === 'description') {
        // Runs to the next event (a new Log Name:) or a blank line followed by a non-indented label.
        let k = j + 1;
        while (k < labels.length && labels[k].key !== 'channel') k++;
        const stop = k < labels.length ? labels[k].start : text.length;
        const raw = text.slice(l.valueStart, Math.min(stop, l.valueStart + 8000));
        const cut = raw.search(/\n\s*Event Xml:|\n\s*\n\s*\n/);
        fields.description = (cut >= 0 ? raw.slice(0, cut) : raw).trim();
        end = l.valueStart + (cut >= 0 ? cut : raw.length);
        j = k;
        break;
      }
      const next = j + 1 < labels.length ? labels[j + 1].start : text.length;
      const lineEnd = text.indexOf('\n', l.valueStart);
      const stop = Math.min(next, lineEnd < 0 ? text.length : lineEnd);
      fields[l.key] = text.slice(l.valueStart, stop).trim();
      end = stop;
    }
    const e = build(ctx, blockStart, end, fields);
    if (e) out.push(e);
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Get-WinEvent | Format-List: paragraphs of "Name : value" lines, continuation lines indented. */
function readFormatList(ctx: ReadContext): EventEvidence[] {
  const { text, lines } = ctx;
  const out: EventEvidence[] = [];
  let fields: Record<string, string> = {};
  let blockStart = -1;
  let blockEnd = -1;
  let lastKey: string | undefined;
  const flush = () => {
    if (blockStart >= 0 && (fields.eventId || fields.provider) && Object.keys(fields).length >= 2) {
      const e = build(ctx, blockStart, blockEnd, fields);
      if (e) out.push(e);
    }
    fields = {};
    blockStart = -1;
    lastKey = undefined;
  };
  for (const line of lines) {
    const s = text.slice(line.start, Math.min(line.end, line.start + 4000));
    if (!s.trim()) {
      flush();
      continue;
    }
    const m = /^([A-Za-z]{2,30})\s*:\s?(.*)$/.exec(s);
    const key = m ? FL_LABELS[m[1].toLowerCase()] : undefined;
    if (m && key) {
      if (fields[key] !== undefined) flush();
      if (blockStart < 0) blockStart = line.start;
      fields[key] = m[2].trim();
      lastKey = key;
      blockEnd = line.end;
    } else if (m && blockStart >= 0) {
      lastKey = undefined; // another property of the record
      blockEnd = line.end;
    } else if (lastKey && /^\s+\S/.test(s)) {
      fields[lastKey] = `${fields[lastKey]} ${s.trim()}`.trim();
      blockEnd = line.end;
    } else if (blockStart >= 0) {
      flush();
    }
    if (out.length >= 500) break;
  }
  flush();
  return out;
}

export function readEventText(ctx: ReadContext): EventEvidence[] {
  const { text } = ctx;
  const out: EventEvidence[] = [];
  if (/(?:Log Name|Protokollname|Source|Quelle)[ \t]*:/.test(text) && /(?:Event ID|Ereignis-ID)[ \t]*:/.test(text)) out.push(...readViewer(ctx));
  if (/^\s*(?:ProviderName|Id)\s+:/m.test(text)) out.push(...readFormatList(ctx));
  return out;
}
