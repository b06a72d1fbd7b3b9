// The command table. A message is a command when its first word names one (after the @mention is
// stripped) and it carries no files; everything else is evidence to diagnose.
import type { Command, CommandOutput } from './command';
import type { Knowledge } from '../../core';
import { help } from './help';
import { explain } from './explain';
import { topics } from './topics';
import { about } from './about';
import { reset } from './reset';
import { guide } from './guide';

export const COMMANDS: Command[] = [help, explain, topics, guide, about, reset];

export interface ParsedCommand {
  command: Command;
  argument: string;
}

/** "explain 0x800B0101" → explain + "0x800B0101"; long pastes are never commands. */
export function parseCommand(text: string): ParsedCommand | undefined {
  const t = text.trim().replace(/^\//, '');
  if (!t || t.length > 200 || t.includes('\n')) return undefined;
  const m = /^(\S+)\s*(.*)$/s.exec(t);
  if (!m) return undefined;
  const name = m[1].toLowerCase().replace(/[?!.:]$/, '');
  const command = COMMANDS.find((c) => c.name === name) ?? (name === 'hilfe' || name === 'hi' || name === 'hello' ? help : undefined);
  // "help me with 0x800B0101" is a question, not the help command: only bare words or a code argument count.
  if (!command) return undefined;
  if (command.name !== 'explain' && command.name !== 'guide' && m[2].trim().split(/\s+/).length > 2) return undefined;
  return { command, argument: m[2] };
}

export function runCommand(parsed: ParsedCommand, knowledge: Knowledge): CommandOutput {
  return parsed.command.run({ knowledge, argument: parsed.argument });
}

export type { Command, CommandOutput };
