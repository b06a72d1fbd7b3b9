import { renderAdaptiveCard, cardBytes, cardAttachment, ADAPTIVE_CARD_CONTENT_TYPE } from '../../core/render/adaptive-card';
import { adaptiveCardProblems } from './card-validation';
import { dpmReply, emptyReply, hugeReply } from './sample-replies';

const allText = (card: unknown): string => JSON.stringify(card);

describe('Adaptive Card renderer', () => {
  it('puts the top finding first with its confidence, quoted evidence, numbered steps and monospace commands', () => {
    const card = renderAdaptiveCard(dpmReply());
    expect(card.version).toBe('1.5');
    const first = card.body[0] as { type: string; text: string };
    expect(first.text).toContain('LocalMachine\\My');
    expect(card.body[1]).toMatchObject({ text: expect.stringContaining('high confidence (91 %)') });
    const json = allText(card);
    expect(json).toContain('Unable to find certificate with the thumbprint');
    expect(json).toContain('1. Import the certificate');
    expect(json).toMatch(/"text":"Import-PfxCertificate[^"]*","fontType":"Monospace"/);
    expect(json).toContain('[Set up certificate-based authentication for DPM untrusted domains](https://learn.microsoft.com/');
  });

  it('hides the other findings behind a toggle and offers feedback buttons', () => {
    const card = renderAdaptiveCard(dpmReply());
    const more = card.body.find((e) => e.id === 'more-findings');
    expect(more).toMatchObject({ isVisible: false });
    expect(allText(more)).toContain('hidden character');
    const toggle = card.actions?.find((a) => a.type === 'Action.ToggleVisibility');
    expect(toggle).toMatchObject({ targetElements: ['more-findings'], title: 'Show all findings (2)' });
    const submits = card.actions?.filter((a) => a.type === 'Action.Submit') ?? [];
    expect(submits.map((a) => a.data)).toEqual([
      { certsleuth: 'feedback', verdict: 'right', finding: 'dpm-cert-not-in-machine-store' },
      { certsleuth: 'feedback', verdict: 'wrong', finding: 'dpm-cert-not-in-machine-store' },
    ]);
  });

  it('names the lines a further finding shares with the top one instead of quoting them twice', () => {
    const reply = dpmReply();
    const shared = reply.findings[0].evidence[0];
    const other = { ...reply.findings[1], evidence: [shared, { label: 'Log', quote: 'a line only the second finding rests on' }] };
    const card = renderAdaptiveCard({ ...reply, findings: [reply.findings[0], other] });
    const json = allText(card);
    expect(json.split(JSON.stringify(shared.quote)).length - 1).toBe(1);
    const more = allText(card.body.find((e) => e.id === 'more-findings'));
    expect(more).toContain('a line only the second finding rests on');
    expect(more).toContain('The lines quoted above.');
    expect(adaptiveCardProblems(card as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('expands every finding when asked, with no toggle left', () => {
    const card = renderAdaptiveCard(dpmReply(), { expandAll: true });
    expect(card.body.find((e) => e.id === 'more-findings')).toMatchObject({ isVisible: true });
    expect(card.actions?.some((a) => a.type === 'Action.ToggleVisibility')).toBe(false);
  });

  it('shows decoded codes, facts and the privacy note', () => {
    const json = allText(renderAdaptiveCard(dpmReply()));
    expect(json).toContain('"title":"0x80092004","value":"CRYPT_E_NOT_FOUND: Cannot find object or property."');
    expect(json).toContain('⚠ The paste contains a private key');
    expect(json).toContain('Thumbprint (cleaned)');
  });

  it('says plainly when nothing matched and offers no feedback on a finding that does not exist', () => {
    const card = renderAdaptiveCard(emptyReply());
    expect(allText(card)).toContain('No known cause matched this input.');
    expect(card.actions).toBeUndefined();
  });

  it('answers in German when the reply is German', () => {
    const reply = { ...dpmReply(), language: 'de' as const };
    const json = allText(renderAdaptiveCard(reply));
    expect(json).toContain('Behebung');
    expect(json).toContain('hohe Sicherheit');
  });

  it('passes the reference parser and structural checks', () => {
    for (const reply of [dpmReply(), emptyReply(), hugeReply()]) {
      expect(adaptiveCardProblems(renderAdaptiveCard(reply) as unknown as Record<string, unknown>)).toEqual([]);
    }
  });

  it('the validator catches a broken card (so the check above can fail)', () => {
    const card = renderAdaptiveCard(dpmReply()) as unknown as Record<string, unknown>;
    const broken = { ...card, version: '1.6', body: [...(card.body as unknown[]), { type: 'Bogus' }] };
    expect(adaptiveCardProblems(broken).length).toBeGreaterThanOrEqual(2);
  });

  it('shrinks a huge reply under the byte limit but keeps the top finding and its fix', () => {
    const card = renderAdaptiveCard(hugeReply(), { maxBytes: 60_000 });
    expect(cardBytes(card)).toBeLessThanOrEqual(60_000);
    expect(allText(card)).toContain('Cause 0 ');
    expect(allText(card)).toContain('1. Step 0');
    const unbounded = renderAdaptiveCard(hugeReply(), { maxBytes: 10_000_000 });
    expect(cardBytes(unbounded)).toBeGreaterThan(60_000);
  });

  it('wraps the card as a Bot Framework attachment', () => {
    expect(cardAttachment(renderAdaptiveCard(dpmReply())).contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
  });
});
