// Words alone raise a finding only when they name something of the field.
import { diagnose } from '../../core';
import { namesTheField } from '../../core/diagnose/relevance';
import { defaultKnowledge } from '../../knowledge/files';

const k = defaultKnowledge();

describe('relevance gate', () => {
  it.each([
    ['thanks, but the certificate still fails', false],
    ['it works now, thanks', true],
    ['the CRL is not reachable since the fix', false],
    ['Danke, funktioniert wieder', true],
    ['why does it work on one server and not the other?', false],
  ])('"%s" reports a resolution: %s', async (q, expected) => {
    const { reportsResolution } = await import('../../core/diagnose/relevance');
    expect(reportsResolution(q as string)).toBe(expected);
  });

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
    'We renewed the IIS certificate yesterday and everything works, thanks!',
    'Danke, das Zertifikat funktioniert jetzt wieder.',
  ])('"%s" gets no finding', async (q) => {
    const { reply } = await diagnose([{ name: 'message', content: q }]);
    expect(reply.findings).toEqual([]);
    expect(reply.notes.join(' ')).toMatch(/could not match|keiner bekannten Ursache/);
  });
});
