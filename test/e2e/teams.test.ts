// Teams (and the other Bot Framework channels) end to end on loopback: real HTTP into the real server,
// replies recorded by a fake Bot Connector or returned in the body with deliveryMode expectReplies.
import { adaptiveCardProblems } from '../render/card-validation';
import { DPM_33231, firstCard, postActivity, startBot, startFakeService, teamsMessage, type FakeService, type RunningBot } from './harness';
import type { Log } from '../../bot/log';

let bot: RunningBot;
let connector: FakeService;

beforeAll(async () => {
  connector = await startFakeService();
  bot = await startBot();
});
afterAll(async () => {
  await bot.close();
  await connector.close();
});
beforeEach(() => {
  connector.posts.length = 0;
});

type Activity = Record<string, unknown>;
const activitiesOf = (body: Record<string, unknown> | undefined): Activity[] => (body?.activities as Activity[] | undefined) ?? [];
const cardText = (card: unknown): string => JSON.stringify(card);
/** The text of the card's first element: the top finding's title. */
const topTitle = (card: Record<string, unknown> | undefined): string => String(((card?.body as { text?: string }[] | undefined) ?? [])[0]?.text ?? '');

describe('Teams end to end', () => {
  it('answers /healthz', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', playground: true });
  });

  it('replies to a DPM 33231 message through the connector with a card whose first finding names the machine store', async () => {
    const activity = teamsMessage(connector.url, { text: DPM_33231 });
    const started = Date.now();
    const res = await postActivity(bot.url, activity);
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(10_000);
    const replies = connector.posts.filter((p) => p.path.startsWith('/v3/conversations/'));
    expect(replies).toHaveLength(1);
    const reply = replies[0];
    const conv = encodeURIComponent(String((activity.conversation as { id: string }).id));
    expect(reply.path).toBe(`/v3/conversations/${conv}/activities/${encodeURIComponent(String(activity.id))}`);
    expect(reply.body.replyToId).toBe(activity.id);
    const card = firstCard([reply.body]);
    expect(card).toBeDefined();
    expect(topTitle(card)).toMatch(/machine|LocalMachine|computer|personal/i);
    expect(cardText(card)).toContain('33231');
    expect(typeof reply.body.text).toBe('string');
    expect(adaptiveCardProblems(card!)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(reply.body))).toBeLessThan(80_000);
  });

  it('returns the replies in the HTTP body with deliveryMode expectReplies and posts nothing to the connector', async () => {
    const res = await postActivity(bot.url, teamsMessage(connector.url, { text: DPM_33231, deliveryMode: 'expectReplies' }));
    expect(res.status).toBe(200);
    const card = firstCard(activitiesOf(res.body));
    expect(topTitle(card)).toMatch(/machine|LocalMachine|computer|personal/i);
    expect(connector.posts).toHaveLength(0);
  });

  it('strips the @mention in a channel and runs the command that follows', async () => {
    const activity = teamsMessage(connector.url, {
      deliveryMode: 'expectReplies',
      text: '<at>CertSleuth</at> help',
      conversation: { id: '19:channel@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
      entities: [{ type: 'mention', text: '<at>CertSleuth</at>', mentioned: { id: '28:certsleuth-bot', name: 'CertSleuth' } }],
    });
    const res = await postActivity(bot.url, activity);
    const card = firstCard(activitiesOf(res.body));
    expect(topTitle(card)).toBe('CertSleuth — what to paste');
  });

  it('explains an error code', async () => {
    const res = await postActivity(bot.url, teamsMessage(connector.url, { deliveryMode: 'expectReplies', text: 'explain -2146762495' }));
    const text = cardText(firstCard(activitiesOf(res.body)));
    expect(text).toContain('0x800B0101');
  });

  it('reads a file attachment from its downloadUrl without sending any token, after a typing indicator', async () => {
    const log =
      'ConfigureCertificates.cs(400) NORMAL Getting certificate for thumbPrint : 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e\r\n' +
      'CertificatesHelper.cs(51) NORMAL Looking for Certificate with thumbprint: 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e in store: My at location: LocalMachine\r\n' +
      'CertificatesHelper.cs(88) NORMAL Could not find Certificate with thumbPrint: 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e in store :My at location :LocalMachine\r\n' +
      'ConfigureCertificates.cs(133) WARNING Getting certificate for thumbPrint : 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e failed\r\n';
    connector.files.set('MSDPMCurr.errlog', { body: Buffer.from(log, 'utf8') });
    const activity = teamsMessage(connector.url, {
      deliveryMode: 'expectReplies',
      text: '',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.teams.file.download.info',
          contentUrl: 'https://contoso-my.sharepoint.com/personal/dana/Documents/Microsoft%20Teams%20Chat%20Files/MSDPMCurr.errlog',
          name: 'MSDPMCurr.errlog',
          content: { downloadUrl: `${connector.url}/files/MSDPMCurr.errlog`, uniqueId: 'abc', fileType: 'errlog' },
        },
      ],
    });
    const res = await postActivity(bot.url, activity);
    const acts = activitiesOf(res.body);
    expect(acts[0].type).toBe('typing');
    expect(connector.fileAuth.has('MSDPMCurr.errlog')).toBe(true);
    expect(connector.fileAuth.get('MSDPMCurr.errlog')).toBeUndefined();
    const card = firstCard(acts);
    expect(cardText(card)).toContain('3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e');
    expect(topTitle(card)).toMatch(/machine|LocalMachine|computer|personal|store/i);
  });

  it('says that pasted images are not analysed', async () => {
    const res = await postActivity(
      bot.url,
      teamsMessage(connector.url, {
        deliveryMode: 'expectReplies',
        text: '',
        attachments: [{ contentType: 'image/*', contentUrl: 'https://smba.trafficmanager.net/emea/tenant/v3/attachments/0-abc/views/original' }],
      }),
    );
    const text = JSON.stringify(activitiesOf(res.body));
    expect(text).toContain('Images are not analysed');
  });

  it('handles a card button (Action.Submit value) as feedback', async () => {
    const res = await postActivity(
      bot.url,
      teamsMessage(connector.url, { deliveryMode: 'expectReplies', text: undefined, value: { certsleuth: 'feedback', verdict: 'right', finding: 'some-cause' } }),
    );
    expect(activitiesOf(res.body).map((a) => a.text)).toEqual(['Thanks — glad that was it.']);
  });

  it('welcomes once when added to a conversation', async () => {
    const update = (id: string) => ({
      ...teamsMessage(connector.url),
      id,
      type: 'conversationUpdate',
      text: undefined,
      conversation: { id: 'a:welcome-conv', conversationType: 'personal', tenantId: 'tenant-1' },
      membersAdded: [{ id: '28:certsleuth-bot' }],
      channelData: { tenant: { id: 'tenant-1' }, eventType: 'teamMemberAdded' },
    });
    await postActivity(bot.url, update('w1'));
    await postActivity(bot.url, update('w2'));
    const replies = connector.posts.filter((p) => p.path.includes('/activities'));
    expect(replies).toHaveLength(1);
    const card = firstCard([replies[0].body]);
    expect(cardText(card)).toContain('Never paste private keys');
    expect(adaptiveCardProblems(card!)).toEqual([]);
  });

  it('answers a redelivered activity (same id) once', async () => {
    const activity = teamsMessage(connector.url, { text: DPM_33231 });
    await postActivity(bot.url, activity);
    await postActivity(bot.url, activity);
    expect(connector.posts.filter((p) => p.path.includes('/activities'))).toHaveLength(1);
    const again = await postActivity(bot.url, { ...activity, deliveryMode: 'expectReplies' });
    expect(activitiesOf(again.body)).toHaveLength(0);
  });

  it('remembers the evidence of earlier turns in the conversation, and reset forgets it', async () => {
    const conversation = { id: 'a:memory-conv', conversationType: 'personal', tenantId: 'tenant-1' };
    const say = async (text: string, conv = conversation) =>
      activitiesOf((await postActivity(bot.url, teamsMessage(connector.url, { deliveryMode: 'expectReplies', text, conversation: conv }))).body);
    const followUp = 'Which store should the certificate be in?';
    await say(DPM_33231);
    // The follow-up alone carries no DPM evidence; remembered, the 33231 error still leads the answer.
    const remembered = topTitle(firstCard(await say(followUp)));
    expect(remembered).toMatch(/machine|LocalMachine|computer|personal/i);
    const fresh = topTitle(firstCard(await say(followUp, { ...conversation, id: 'a:memory-fresh' })));
    expect(fresh).not.toBe(remembered);
    expect(cardText(firstCard(await say('reset')))).toContain('Forgotten');
    expect(topTitle(firstCard(await say(followUp)))).toBe(fresh);
  });

  it('offers the guided flow that fits a diagnosis, starts it from the button, and lets help and reset through', async () => {
    const conversation = { id: 'a:guide-conv', conversationType: 'personal', tenantId: 'tenant-1' };
    const send = async (fields: Record<string, unknown>) =>
      activitiesOf((await postActivity(bot.url, teamsMessage(connector.url, { deliveryMode: 'expectReplies', conversation, ...fields }))).body);
    const diagnosis = firstCard(await send({ text: DPM_33231 }));
    const guideButton = ((diagnosis?.actions as { type: string; data?: { certsleuth?: string; flow?: string } }[]) ?? []).find((x) => x.data?.certsleuth === 'guide');
    expect(guideButton).toBeDefined();
    expect(adaptiveCardProblems(diagnosis!)).toEqual([]);
    const started = await send({ text: undefined, value: guideButton!.data });
    const step = cardText(firstCard(started) ?? started);
    expect(step.toLowerCase()).toContain('dpm');
    // A command in the middle of a flow is still the command.
    expect(topTitle(firstCard(await send({ text: 'help' })))).toBe('CertSleuth — what to paste');
    expect(cardText(firstCard(await send({ text: 'reset' })))).toContain('Forgotten');
  });

  it('lists the guided flows for "guide"', async () => {
    const acts = activitiesOf((await postActivity(bot.url, teamsMessage(connector.url, { deliveryMode: 'expectReplies', text: 'guide' }))).body);
    expect(JSON.stringify(acts).toLowerCase()).toContain('scep');
  });

  it('renders Block Kit in channelData for Azure Bot Service’s Slack channel', async () => {
    const activity = teamsMessage(connector.url, {
      channelId: 'slack',
      deliveryMode: 'expectReplies',
      text: DPM_33231,
      from: { id: 'U0123:T0456', name: 'dana' },
      recipient: { id: 'B0789:T0456', name: 'certsleuth' },
      conversation: { id: 'B0789:T0456:C0999' },
      channelData: { SlackMessage: { event: { type: 'message' } }, ApiToken: 'xoxb-from-azure' },
    });
    const res = await postActivity(bot.url, activity);
    const reply = activitiesOf(res.body).find((a) => a.type === 'message')!;
    const blocks = (reply.channelData as { blocks: { type: string; text?: { text: string } }[] }).blocks;
    expect(blocks[0].type).toBe('header');
    expect(blocks[0].text!.text).toMatch(/machine|LocalMachine|computer|personal/i);
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const b of blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
    expect(reply.attachments ?? []).toHaveLength(0);
  });
});

describe('Azure Bot Service Slack channel files', () => {
  it('reads a Slack file with the token Azure injects in channelData, and only that token', async () => {
    connector.files.set('azure-slack.errlog', {
      body: Buffer.from('CertificatesHelper.cs(88) NORMAL Could not find Certificate with thumbPrint: 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e in store :My at location :LocalMachine\r\n'),
      requireAuth: 'Bearer xoxb-from-azure',
    });
    const res = await postActivity(
      bot.url,
      teamsMessage(connector.url, {
        channelId: 'slack',
        deliveryMode: 'expectReplies',
        text: '',
        conversation: { id: 'B0789:T0456:D0111' },
        channelData: { ApiToken: 'xoxb-from-azure' },
        attachments: [{ contentType: 'text/plain', name: 'azure-slack.errlog', contentUrl: `${connector.url}/files/azure-slack.errlog` }],
      }),
    );
    expect(connector.fileAuth.get('azure-slack.errlog')).toBe('Bearer xoxb-from-azure');
    const reply = activitiesOf(res.body).find((a) => a.type === 'message')!;
    expect(JSON.stringify(reply.channelData)).toContain('3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e');
  });
});

describe('Bot Framework endpoint without authentication', () => {
  it('refuses to send replies to a serviceUrl off this machine', async () => {
    const res = await postActivity(bot.url, teamsMessage('https://attacker.example.net', { text: 'help' }));
    expect(res.status).toBe(400);
    const inBody = await postActivity(bot.url, teamsMessage('https://attacker.example.net', { text: 'help', deliveryMode: 'expectReplies' }));
    expect(inBody.status).toBe(200);
    expect(firstCard(activitiesOf(inBody.body))).toBeDefined();
  });
});

describe('Teams with an app id configured', () => {
  let secured: RunningBot;
  beforeAll(async () => {
    secured = await startBot({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'not-a-real-secret' });
  });
  afterAll(() => secured.close());

  it('refuses an unauthenticated POST with 401 and answers nothing', async () => {
    const res = await postActivity(secured.url, teamsMessage(connector.url, { text: DPM_33231 }));
    expect(res.status).toBe(401);
    expect(connector.posts).toHaveLength(0);
  });

  it('refuses a forged bearer token with 401', async () => {
    const res = await postActivity(secured.url, teamsMessage(connector.url, { text: 'help' }), { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' });
    expect(res.status).toBe(401);
  });

  it('does not serve the playground', async () => {
    expect((await fetch(`${secured.url}/`)).status).toBe(404);
  });
});

describe('turn errors', () => {
  it('answer with an error id and log neither the message text nor the error message', async () => {
    const lines: string[] = [];
    const log: Log = { info: (e, f) => lines.push(JSON.stringify({ e, ...f })), error: (e, f) => lines.push(JSON.stringify({ e, ...f })) };
    // A knowledge object with nothing in it makes the diagnosis fail inside the turn.
    const broken = await startBot({}, { log, knowledge: {} as never });
    try {
      const res = await postActivity(broken.url, teamsMessage(connector.url, { deliveryMode: 'expectReplies', text: 'SECRET-PASTE 0x8009000D on server alpha' }));
      expect(res.status).toBe(200);
      const text = String(activitiesOf(res.body)[0]?.text);
      const id = /error id ([0-9a-f]{8})/.exec(text)?.[1];
      expect(id).toBeDefined();
      const logged = lines.join('\n');
      expect(logged).toContain(id);
      expect(logged).not.toContain('SECRET-PASTE');
    } finally {
      await broken.close();
    }
  });
});
