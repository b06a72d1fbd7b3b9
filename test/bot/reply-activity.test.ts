import { replyActivity } from '../../bot/reply-activity';
import { dpmReply } from '../render/sample-replies';

describe('reply activity per channel', () => {
  it('Teams and the playground get an Adaptive Card with a one-line text', () => {
    for (const channel of ['msteams', 'playground', 'webchat']) {
      const a = replyActivity(dpmReply(), channel);
      expect(a.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(a.text).toBe('The certificate is not in the computer (LocalMachine\\My) store — high confidence (91 %)');
    }
  });

  it('Azure’s Slack channel gets Block Kit in channelData and no card', () => {
    const a = replyActivity(dpmReply(), 'slack');
    expect(a.attachments).toBeUndefined();
    expect((a.channelData as { blocks: unknown[] }).blocks.length).toBeGreaterThan(3);
  });

  it('text-only channels get the whole answer as plain text', () => {
    const a = replyActivity(dpmReply(), 'sms');
    expect(a.attachments).toBeUndefined();
    expect(a.text).toContain('1. Import the certificate');
    expect(a.textFormat).toBe('plain');
  });
});
