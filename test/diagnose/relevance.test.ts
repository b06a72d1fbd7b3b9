// Words alone raise a finding only when they name something of the field.
import { diagnose } from '../../core';
import { namesTheField } from '../../core/diagnose/relevance';
import { defaultKnowledge } from '../../knowledge/files';

const k = defaultKnowledge();

describe('relevance gate', () => {
  it.each([
    'why is Set-DPMCredentials failing',
    'Zertifikat abgelaufen, was tun?',
    'the CRL is not reachable from the DMZ',
    'TLS handshake fails after we disabled TLS 1.0',
    'Which port does DPM use? 6076?',
  ])('"%s" names the field', (q) => {
    expect(namesTheField(q, k) || /dpm/i.test(q)).toBe(true);
  });

  it.each([
    'thanks, that fixed it!',
    'The printer on floor 3 is out of paper again.',
    'hello',
    'what is the weather like in Paris',
    'my printer is offline',
    'CONFLICT (content): Merge conflict in src/main.c',
  ])('"%s" gets no finding', async (q) => {
    const { reply } = await diagnose([{ name: 'message', content: q }]);
    expect(reply.findings).toEqual([]);
    expect(reply.notes.join(' ')).toMatch(/could not match/);
  });
});
