// DPM error IDs: "(ID: 33231)" at the end of a DPM cmdlet error, "Error(Id= 33234)" from SetDpmServer,
// and "ID 33231" in prose when the text is about DPM. "Event ID: 18465" is an event, not a DPM error.
import type { DpmIdEvidence } from '../model/evidence';
import { at, eachMatch, type ReadContext } from './context';

const DPM_WORDS = /\bDPM|Data Protection Manager|SetDpmServer|\.errlog\b/i;

export function readDpmIds(ctx: ReadContext): DpmIdEvidence[] {
  const { text } = ctx;
  if (!/\bid\b/i.test(text)) return [];
  const out: DpmIdEvidence[] = [];
  const seen = new Set<number>();
  const add = (start: number, end: number, id: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ kind: 'dpm-id', ...at(ctx, start, end), id });
  };
  eachMatch(/(?<!Event\s?|Ereignis-|Record\s?|Process\s?|Thread\s?)\(\s*ID\s*[:=]?\s*(\d{3,6})\s*\)/gi, text, (m) => add(m.index, m.index + m[0].length, Number(m[1])));
  eachMatch(/\bError\s*\(\s*Id\s*=\s*(\d{1,6})\s*\)/gi, text, (m) => add(m.index, m.index + m[0].length, Number(m[1])));
  if (DPM_WORDS.test(text)) {
    eachMatch(/(?<!(?:Event|Ereignis|Record|Process|Thread|Task|Activity|Session|Correlation)[\s-]?)\b(?:ID|Error)\s*[:#]?\s*(3\d{4})\b/gi, text, (m) =>
      add(m.index, m.index + m[0].length, Number(m[1])),
    );
  }
  return out.sort((a, b) => a.span!.start - b.span!.start);
}
