import { parseCommand, runCommand, COMMANDS } from '../../bot/commands';
import { defaultKnowledge } from '../../knowledge/files';
import { commandBlocks, commandCard } from '../../bot/command-render';
import { adaptiveCardProblems } from '../render/card-validation';

describe('chat commands', () => {
  it('recognises bare command words, with an argument for explain and guide', () => {
    expect(parseCommand('help')?.command.name).toBe('help');
    expect(parseCommand('/topics')?.command.name).toBe('topics');
    expect(parseCommand('explain 0x800B0101')).toMatchObject({ command: { name: 'explain' }, argument: '0x800B0101' });
    expect(parseCommand('guide scep')).toMatchObject({ command: { name: 'guide' }, argument: 'scep' });
  });

  it('treats questions and pastes as evidence, not commands', () => {
    expect(parseCommand('help me, Set-DPMCredentials fails with ID 33231')).toBeUndefined();
    expect(parseCommand('Set-DPMCredentials : Unable to find certificate (ID: 33231)')).toBeUndefined();
    expect(parseCommand('reset\nsecond line')).toBeUndefined();
    expect(parseCommand('')).toBeUndefined();
  });

  it('renders each command as a valid card and Block Kit within limits', () => {
    const k = defaultKnowledge();
    for (const c of COMMANDS) {
      const out = runCommand({ command: c, argument: c.name === 'explain' ? '0x800B0101' : '' }, k);
      expect(out.title.length).toBeGreaterThan(0);
      expect(adaptiveCardProblems(commandCard(out) as unknown as Record<string, unknown>)).toEqual([]);
      const { blocks } = commandBlocks(out);
      expect(blocks.length).toBeLessThanOrEqual(50);
    }
  });

  it('explain answers for a known code and says so for a non-code', () => {
    const k = defaultKnowledge();
    const known = JSON.stringify(runCommand(parseCommand('explain -2146762495')!, k));
    expect(known).toContain('0x800B0101');
    const unknown = JSON.stringify(runCommand(parseCommand('explain bananas')!, k));
    expect(unknown).toMatch(/can't read|could not read/i);
  });

  it('reset asks to forget the memory', () => {
    expect(runCommand(parseCommand('reset')!, defaultKnowledge()).resetMemory).toBe(true);
  });
});
