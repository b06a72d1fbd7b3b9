// The CLI's --json output: the reply model as it is. This is the contract the evaluation harness
// reads (findings[] best first), so it is the model itself, not a view of it.
import type { Reply } from '../model/reply';

export function renderJson(reply: Reply): string {
  return JSON.stringify(reply, null, 2);
}
