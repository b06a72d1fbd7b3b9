// explain <code>: decodes an error code in any notation users paste (0x800B0101, 800B0101,
// -2146762495, 2148204801, 1008, CERT_E_EXPIRED) through the knowledge's code tables.
import type { Command } from './command';
import { explainCode } from '../../knowledge/decode';

export const explain: Command = {
  name: 'explain',
  description: 'Decode an error code: explain 0x800B0101',
  run: ({ knowledge, argument }) => {
    const code = argument.trim().slice(0, 80);
    if (!code) return { title: 'explain', sections: [{ lines: ['Give me a code: explain 0x800B0101, explain -2146762495 or explain 1008.'] }] };
    let lines: string[];
    try {
      lines = explainCode(knowledge, code);
    } catch {
      lines = [];
    }
    if (!lines.length) lines = [`I could not read "${code}" as an error code. Try 0x800B0101, -2146762495 or 1008.`];
    return { title: `explain ${code}`, sections: [{ lines }] };
  },
};
