// A chat command's answer, channel-neutral: a title and a few sections of lines. Teams and the
// playground show it as a small Adaptive Card, Slack as Block Kit, both from bot/command-render.ts.

import type { Knowledge } from '../../core';

export interface CommandSection {
  title?: string;
  lines: string[];
  /** Lines are commands or codes: shown in monospace. */
  monospace?: boolean;
}

export interface CommandOutput {
  title: string;
  sections: CommandSection[];
  /** The conversation's remembered evidence should be forgotten. */
  resetMemory?: boolean;
}

export interface CommandContext {
  knowledge: Knowledge;
  /** What follows the command word ("0x800B0101" for "explain 0x800B0101"). */
  argument: string;
}

export interface Command {
  name: string;
  /** One line for help and the Teams manifest's command list. */
  description: string;
  run(ctx: CommandContext): CommandOutput;
}
