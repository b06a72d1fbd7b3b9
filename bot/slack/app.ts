// CertSleuth as a Slack app, directly on Slack's Events API through Bolt (no Azure): app mentions in
// channels and direct messages, answered in the thread with Block Kit; files read from url_private
// with the bot token, which goes nowhere but files.slack.com; evidence remembered per thread (per DM).
import { randomBytes } from 'node:crypto';
import { App, LogLevel, type Logger } from '@slack/bolt';
import type { Storage } from 'botbuilder';
import type { Input, Knowledge } from '../../core';
import { renderBlockKit } from '../../core/render/block-kit';
import type { DiagnosisRunner } from '../diagnosis';
import { answerQuestion } from '../answer';
import { download, downloadPolicy, SLACK_HOSTS } from '../attachments';
import { commandBlocks } from '../command-render';
import { parseCommand } from '../commands';
import { flowsForReply, GuideSession, guideToBlockKit, guideValueOfSlackAction, memoryGuideStore } from '../../dialogs';
import { flowText, guideTexts } from '../../dialogs/guide-texts';
import type { Reply } from '../../core';
import type { SeenOnce } from '../dedupe';
import { describeError, type Log } from '../log';
import { recall, remember, type RememberedTurn } from '../memory';
import { RestifySlackReceiver } from './receiver';

export interface SlackDeps {
  signingSecret: string;
  botToken: string;
  apiUrl?: string;
  knowledge: Knowledge;
  /** Where diagnoses run (worker threads or the event loop). */
  diagnosis: DiagnosisRunner;
  storage: Storage;
  seen: SeenOnce;
  log: Log;
  testAllowLoopbackDownloads: boolean;
  now?: () => Date;
}

interface SlackFile {
  name?: string;
  mimetype?: string;
  url_private_download?: string;
  url_private?: string;
}

interface SlackMessageEvent {
  type: string;
  subtype?: string;
  bot_id?: string;
  channel: string;
  channel_type?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  team?: string;
  files?: SlackFile[];
}

/** Bolt's logger, reduced to our log without payloads (Bolt's debug output can contain message bodies). */
function boltLogger(log: Log): Logger {
  let level = LogLevel.ERROR;
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => log.error('slack-bolt-error'),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

export function stripSlackMentions(text: string): string {
  return text.replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, '').trim();
}

async function readSlackFiles(files: SlackFile[], deps: SlackDeps): Promise<{ files: Input[]; notes: string[] }> {
  const policy = downloadPolicy(SLACK_HOSTS, deps.testAllowLoopbackDownloads);
  const out: { files: Input[]; notes: string[] } = { files: [], notes: [] };
  for (const f of files.slice(0, 5)) {
    const name = f.name ?? 'file';
    if ((f.mimetype ?? '').startsWith('image/')) {
      out.notes.push('Images are not analysed: paste the error text, or attach the log or certificate file instead of a screenshot.');
      continue;
    }
    const url = f.url_private_download ?? f.url_private;
    if (!url) continue;
    const r = await download(url, policy, 'slack', { slack: deps.botToken });
    if (r.ok) out.files.push({ name, content: r.bytes });
    else out.notes.push(`I did not read ${name}: ${r.reason}.`);
  }
  return out;
}

/** A DM is one conversation; in channels each thread is. Memory and guided flows share the key. */
function conversationKey(team: string | undefined, channel: string, thread: string, isDm: boolean): string {
  return isDm ? `slack/${team ?? ''}/${channel}` : `slack/${team ?? ''}/${channel}/${thread}`;
}

/** "Guide me" buttons for the flows that fit a diagnosis, appended while Slack's 50-block limit allows. */
function withGuideButtons(message: { text: string; blocks: Record<string, unknown>[] }, reply: Reply, knowledge: Knowledge) {
  const flows = flowsForReply(knowledge, reply).slice(0, 3);
  if (!flows.length || message.blocks.length >= 50) return message;
  const start = guideTexts(reply.language).choices.start;
  const elements = flows.map((f, i) => ({
    type: 'button',
    action_id: `guide_start_${i}`,
    text: { type: 'plain_text', text: `${start}: ${flowText(f, reply.language).title}`.slice(0, 75) },
    value: JSON.stringify({ certsleuth: 'guide', flow: f.id }),
  }));
  return { ...message, blocks: [...message.blocks, { type: 'actions', block_id: 'certsleuth_guide_offer', elements }] };
}

export function createSlackApp(deps: SlackDeps): { app: App; receiver: RestifySlackReceiver } {
  const receiver = new RestifySlackReceiver({ signingSecret: deps.signingSecret, seen: deps.seen, log: deps.log });
  const app = new App({
    token: deps.botToken,
    receiver,
    logger: boltLogger(deps.log),
    clientOptions: deps.apiUrl ? { slackApiUrl: deps.apiUrl } : undefined,
  });
  const guideStates = memoryGuideStore();
  const guide = new GuideSession(deps.knowledge, guideStates, { now: deps.now });

  const postGuide = async (client: App['client'], channel: string, thread: string, messages: Parameters<typeof guideToBlockKit>[0][]) => {
    for (const m of messages) {
      const { text, blocks } = guideToBlockKit(m);
      await client.chat.postMessage({ channel, thread_ts: thread, text: text.slice(0, 3000), blocks: blocks as never });
    }
  };

  const answerInThread = async (event: SlackMessageEvent, client: App['client']): Promise<void> => {
    const thread = event.thread_ts ?? event.ts;
    const memoryKey = conversationKey(event.team, event.channel, thread, event.channel_type === 'im');
    try {
      const { files, notes } = await readSlackFiles(event.files ?? [], deps);
      const stored = (await deps.storage.read([memoryKey]))[memoryKey] as { turns?: RememberedTurn[] } | undefined;
      const now = deps.now?.() ?? new Date();
      const recalled = recall(stored?.turns, now.getTime());
      const text = stripSlackMentions(event.text ?? '');
      // Commands first ("help", "reset" work inside a flow), then the guide ("guide scep", answers), then diagnosis.
      const parsed = files.length ? undefined : parseCommand(text);
      if (!parsed || parsed.command.name === 'guide') {
        const guided = await guide.turn(memoryKey, { text, inputs: files });
        if (guided.consumed) {
          await postGuide(client, event.channel, thread, guided.messages);
          return;
        }
      }
      const answer = await answerQuestion({ text, files, notes, memory: recalled, now }, deps);
      let message: { text: string; blocks?: unknown[] };
      if (answer.kind === 'command') {
        if (answer.output.resetMemory) {
          await deps.storage.delete([memoryKey]);
          await guideStates.set(memoryKey, undefined);
        }
        message = commandBlocks(answer.output);
      } else if (answer.kind === 'nothing') {
        message = { text: [...answer.notes, 'Paste an error, an event or a log, or attach a file. Type help for examples.'].join('\n') };
      } else {
        await deps.storage.write({ [memoryKey]: { turns: remember(stored?.turns, answer.newEvidence, recalled, now.getTime()) } });
        deps.log.info('diagnosis', { channelId: 'slack-direct', findings: answer.reply.findings.length, top: answer.reply.findings[0]?.id, files: files.length });
        message = withGuideButtons(renderBlockKit(answer.reply), answer.reply, deps.knowledge);
      }
      await client.chat.postMessage({ channel: event.channel, thread_ts: thread, text: message.text, blocks: message.blocks as never });
    } catch (err) {
      const errorId = randomBytes(4).toString('hex');
      deps.log.error('slack-turn-error', { errorId, error: describeError(err) });
      await client.chat
        .postMessage({ channel: event.channel, thread_ts: thread, text: `Sorry, something went wrong on my side (error id ${errorId}). Please try again.` })
        .catch(() => undefined);
    }
  };

  app.event('app_mention', async ({ event, client }) => {
    await answerInThread(event as unknown as SlackMessageEvent, client);
  });

  app.message(async ({ message, client }) => {
    const m = message as unknown as SlackMessageEvent;
    // Direct messages only (mentions in channels come as app_mention); skip edits, joins and bots.
    if (m.channel_type !== 'im' || m.bot_id || (m.subtype && m.subtype !== 'file_share')) return;
    await answerInThread(m, client);
  });

  app.action(/^certsleuth_feedback_/, async ({ ack, action, body, client }) => {
    await ack();
    const verdict = (action as { action_id?: string }).action_id?.endsWith('_right') ? 'right' : 'wrong';
    deps.log.info('feedback', { channelId: 'slack-direct', verdict, finding: (action as { value?: string }).value });
    const b = body as { channel?: { id?: string }; message?: { ts?: string; thread_ts?: string } };
    if (b.channel?.id) {
      await client.chat
        .postMessage({ channel: b.channel.id, thread_ts: b.message?.thread_ts ?? b.message?.ts, text: verdict === 'right' ? 'Thanks — glad that was it.' : 'Thanks for telling me. Paste more evidence and I will look again.' })
        .catch(() => undefined);
    }
  });

  app.action(/^guide_/, async ({ ack, action, body, client }) => {
    await ack();
    const value = guideValueOfSlackAction((action as { value?: string }).value);
    const b = body as { team?: { id?: string }; channel?: { id?: string }; message?: { ts?: string; thread_ts?: string } };
    const channel = b.channel?.id;
    const thread = b.message?.thread_ts ?? b.message?.ts;
    if (!value || !channel || !thread) return;
    const key = conversationKey(b.team?.id, channel, thread, channel.startsWith('D'));
    try {
      const guided = await guide.turn(key, { value });
      if (guided.consumed) await postGuide(client, channel, thread, guided.messages);
    } catch (err) {
      deps.log.error('slack-guide-error', { error: describeError(err) });
    }
  });

  app.error(async (err) => {
    deps.log.error('slack-error', { error: describeError(err) });
  });

  return { app, receiver };
}
