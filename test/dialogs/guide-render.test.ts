// The renderers are pure functions of a GuideMessage: the same content in an Adaptive Card (Teams,
// playground), Block Kit (Slack) and numbered text.
import { defaultKnowledge } from '../../knowledge/files';
import { GuideEngine } from '../../dialogs/guide-engine';
import type { GuideMessage } from '../../dialogs/guide-model';
import { guideActivity } from '../../dialogs/guide-activity';
import { ADAPTIVE_CARD_CONTENT_TYPE, guideToAdaptiveCard } from '../../dialogs/render/adaptive-card';
import { guideToBlockKit, guideValueOfSlackAction } from '../../dialogs/render/block-kit';
import { guideToText } from '../../dialogs/render/plain-text';
import { NDES_IIS_414 } from './fixtures';

const k = defaultKnowledge();
const engine = new GuideEngine(k);
const step = (): GuideMessage => engine.start('scep', 'en').messages[0];
async function fault(): Promise<GuideMessage> {
  const s = engine.start('scep', 'en').state!;
  return (await engine.answer({ ...s, step: 2 }, { text: NDES_IIS_414 })).messages[0];
}

describe('Adaptive Card', () => {
  test('a step: header, title, prompt, Action.Submit buttons with guide data, numbered fallback text', () => {
    const card = guideToAdaptiveCard(step());
    expect(card.version).toBe('1.5');
    expect(card.body[0]).toMatchObject({ text: expect.stringContaining('Step 1 of 8') });
    expect(card.body[1]).toMatchObject({ text: k.flows.get('scep')!.steps[0].title, weight: 'Bolder' });
    expect(card.actions).toEqual(
      ['yes', 'no', 'skip', 'back', 'cancel'].map((answer) => expect.objectContaining({ type: 'Action.Submit', data: { certsleuth: 'guide', answer } })),
    );
    expect(card.fallbackText).toContain('1 Yes');
  });

  test('a fault: the cause, the fix steps with their commands, no buttons, and it stays small', async () => {
    const card = guideToAdaptiveCard(await fault());
    const json = JSON.stringify(card);
    expect(json).toContain('MaxFieldLength');
    expect(json).toContain('"fontType":"Monospace"');
    expect(card.actions).toBeUndefined();
    expect(Buffer.byteLength(json)).toBeLessThan(40_000);
  });

  test('the list: one start button per flow', () => {
    const card = guideToAdaptiveCard(engine.list('en'));
    expect(card.actions?.map((a) => a.data)).toEqual([...k.flows.keys()].map((flow) => ({ certsleuth: 'guide', flow })));
  });
});

describe('Block Kit', () => {
  test('buttons carry the guide value as JSON, with unique action ids, and parse back', () => {
    const { blocks, text } = guideToBlockKit(step());
    const actions = blocks.find((b) => b.type === 'actions') as { elements: { action_id: string; value: string }[] };
    expect(new Set(actions.elements.map((e) => e.action_id)).size).toBe(5);
    expect(guideValueOfSlackAction(actions.elements[1].value)).toEqual({ certsleuth: 'guide', answer: 'no' });
    expect(guideValueOfSlackAction('{"certsleuth":"feedback"}')).toBeUndefined();
    expect(guideValueOfSlackAction('not json')).toBeUndefined();
    expect(text).toContain('Step 1 of 8');
  });

  test('mrkdwn control characters are escaped and sections stay under Slack\'s 3,000 characters', async () => {
    const { blocks } = guideToBlockKit(await fault());
    for (const b of blocks) {
      const t = (b as { text?: { text: string } }).text?.text;
      if (t) expect(t.length).toBeLessThanOrEqual(3000);
    }
    expect(JSON.stringify(blocks)).not.toMatch(/<thumbprint>/);
    const stepBlocks = JSON.stringify(guideToBlockKit(step()).blocks);
    expect(stepBlocks).toContain('Company Portal &gt; Devices');
    expect(stepBlocks).not.toContain('Company Portal > Devices');
  });
});

describe('plain text and channels', () => {
  test('numbered choices, where, run and healthy', () => {
    const text = guideToText(step());
    expect(text).toMatch(/^\[SCEP/);
    expect(text).toContain('Healthy looks like:');
    expect(text).toContain('Reply with a number: 1 Yes · 2 No · 3 Skip · 4 Back · 5 Cancel');
  });

  test('guideActivity picks the form per channel', () => {
    expect(guideActivity(step(), 'msteams').attachments?.[0].contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
    expect(guideActivity(step(), 'slack').channelData).toHaveProperty('blocks');
    expect(guideActivity(step(), 'sms')).toEqual({ type: 'message', text: guideToText(step()) });
  });
});
