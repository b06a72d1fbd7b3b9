// GuideSession: the same guide without botbuilder (the direct Slack app), state in any store.
import { defaultKnowledge } from '../../knowledge/files';
import { GuideSession, memoryGuideStore } from '../../dialogs/guide-session';
import { guideToBlockKit, guideValueOfSlackAction } from '../../dialogs/render/block-kit';
import { fixture, NDES_IIS_414 } from './fixtures';

const k = defaultKnowledge();

test('a Slack thread walks the SCEP flow with Block Kit buttons and stops at the 414', async () => {
  const store = memoryGuideStore();
  const session = new GuideSession(k, store);
  const key = 'T1:C1:1700000000.000100';

  const start = await session.turn(key, { text: 'guide scep' });
  expect(start.consumed).toBe(true);
  const buttons = guideToBlockKit(start.messages[0]).blocks.find((b) => b.type === 'actions') as { elements: { value: string }[] };
  const skip = guideValueOfSlackAction(buttons.elements[2].value);
  expect(skip).toEqual({ certsleuth: 'guide', answer: 'skip' });

  await session.turn(key, { value: skip });
  await session.turn(key, { value: skip });
  expect((await store.get(key))?.step).toBe(2);
  const healthy = await session.turn(key, { text: fixture('ndes-iis-u_ex.log') });
  expect(healthy.messages.map((m) => m.kind)).toEqual(['healthy', 'step']);

  const other = 'T1:C1:1700000000.000200';
  expect(await session.turn(other, { text: fixture('crp.log') })).toEqual({ consumed: false, messages: [] });

  await session.turn(key, { text: 'back' });
  const fault = await session.turn(key, { text: NDES_IIS_414 });
  expect(fault.messages[0]).toMatchObject({ kind: 'fault', finding: { id: 'scep.request-too-large' } });
  expect(await store.get(key)).toBeUndefined();

  expect(await session.turn(key, { value: { certsleuth: 'guide', answer: 'yes' } })).toMatchObject({ consumed: true, messages: [{ kind: 'note' }] });
  expect(await session.turn(key, { text: 'what does 0x800B0109 mean' })).toEqual({ consumed: false, messages: [] });
});

test('"guide" lists; a locale of de-DE asks in German', async () => {
  const session = new GuideSession(k);
  const list = await session.turn('a', { text: 'guide' });
  expect(list.messages[0].kind).toBe('list');
  const de = await session.turn('b', { text: 'guide dpm', locale: 'de-DE' });
  expect(de.messages[0].text).toContain(k.flows.get('dpm')!.steps[0].de!.prompt!);
});
