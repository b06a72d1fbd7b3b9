import type { Command } from './command';

export const reset: Command = {
  name: 'reset',
  description: 'Forget what you pasted earlier in this conversation',
  run: () => ({ title: 'Forgotten', sections: [{ lines: ['I no longer remember anything you pasted earlier in this conversation.'] }], resetMemory: true }),
};
