import { renderBlockKit, SLACK_LIMITS, escapeMrkdwn } from '../../core/render/block-kit';
import { dpmReply, emptyReply, hugeReply } from './sample-replies';

type B = { type: string; text?: { type: string; text: string }; elements?: { text?: unknown }[] };

function checkLimits(blocks: B[]): void {
  expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  for (const b of blocks) {
    if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    if (b.type === 'header') expect(b.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
  }
  expect(JSON.stringify(blocks).length).toBeLessThanOrEqual(SLACK_LIMITS.totalChars);
}

describe('Block Kit renderer', () => {
  it('leads with the top finding: header, confidence, summary, evidence, fix with code blocks, verify, sources', () => {
    const { text, blocks } = renderBlockKit(dpmReply());
    const b = blocks as B[];
    expect(text).toContain('LocalMachine\\My');
    expect(b[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    expect(b[0].text!.text).toContain('LocalMachine\\My');
    const json = JSON.stringify(b);
    expect(json).toContain('high confidence (91 %)');
    expect(json).toContain('```Set-DPMCredentials : Unable to find certificate');
    expect(json).toContain('1. Import the certificate');
    expect(json).toContain('```Import-PfxCertificate');
    expect(json).toContain('<https://learn.microsoft.com/system-center/dpm/back-up-machines-in-workgroups-and-untrusted-domains|');
    expect(json).toContain('The thumbprint carries a hidden character');
    expect(json).toContain('CRYPT_E_NOT_FOUND');
    expect(json).toContain(':warning: The paste contains a private key');
    expect(b.at(-1)).toMatchObject({ type: 'actions' });
    checkLimits(b);
  });

  it('escapes Slack control characters so pasted text cannot forge links or mentions', () => {
    expect(escapeMrkdwn('<!channel> a & b <http://x|y>')).toBe('&lt;!channel&gt; a &amp; b &lt;http://x|y&gt;');
    const reply = dpmReply();
    reply.findings[0].evidence[0].quote = '<!here> ping';
    expect(JSON.stringify(renderBlockKit(reply).blocks)).not.toContain('<!here>');
  });

  it('keeps a huge reply within 50 blocks, 3,000 characters per section and the total budget', () => {
    const { blocks } = renderBlockKit(hugeReply());
    checkLimits(blocks as B[]);
    expect((blocks[0] as B).type).toBe('header');
    expect(JSON.stringify(blocks)).toContain('1. Step 0');
  });

  it('says plainly when nothing matched', () => {
    const { text, blocks } = renderBlockKit(emptyReply());
    expect(text).toBe('No known cause matched this input.');
    expect(blocks).toHaveLength(1);
  });
});
