// The Bot Framework bot: Teams first (TeamsActivityHandler), and every other Bot Framework channel
// (Azure's Slack channel, Web Chat, the local playground) through the same handler. It strips the
// @mention, reads attachments under the channel's download policy, recalls the conversation's recent
// evidence, answers through the channel-neutral answerQuestion, and renders for the channel.
import { ActivityTypes, TeamsActivityHandler, TurnContext, type ConversationState, type StatePropertyAccessor } from 'botbuilder';
import type { Knowledge } from '../core';
import type { Guide } from '../dialogs';
import type { DiagnosisRunner } from './diagnosis';
import type { CardActionData } from '../core/render/adaptive-card';
import { answerQuestion } from './answer';
import { readActivityFiles } from './activity-files';
import { parseCommand, runCommand, type ParsedCommand } from './commands';
import type { SeenOnce } from './dedupe';
import type { Log } from './log';
import { recall, remember, type RememberedTurn } from './memory';
import { commandActivity, replyActivity, textActivity, welcomeActivity } from './reply-activity';

export interface ConversationMemory {
  turns: RememberedTurn[];
  welcomed?: boolean;
}

export interface BotDeps {
  knowledge: Knowledge;
  diagnosis: DiagnosisRunner;
  /** Guided troubleshooting flows (dialogs/): consulted after commands, before diagnosis. */
  guide: Guide;
  conversationState: ConversationState;
  seen: SeenOnce;
  log: Log;
  testAllowLoopbackDownloads: boolean;
  now?: () => Date;
}

/** Inputs this large take long enough that a typing indicator is worth its round trip. */
const SLOW_TEXT_CHARS = 20_000;

export function stripMentions(context: TurnContext): string {
  const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
  // Mentions of other people stay as names; any leftover <at> markup goes.
  return text.replace(/<at>(.*?)<\/at>/g, '$1').trim();
}

export class CertSleuthBot extends TeamsActivityHandler {
  private readonly memory: StatePropertyAccessor<ConversationMemory>;

  constructor(private readonly deps: BotDeps) {
    super();
    this.memory = deps.conversationState.createProperty<ConversationMemory>('certsleuth');
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const a = context.activity;
    // A redelivered activity (Teams retries a turn after ~15 s) keeps its id: answer it once.
    if (a.id && !this.deps.seen.firstTime(`${a.channelId}|${a.conversation?.id}|${a.id}`)) {
      this.deps.log.info('duplicate-activity', { channelId: a.channelId, activityType: a.type });
      return;
    }
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private async welcome(context: TurnContext): Promise<void> {
    const state = await this.memory.get(context, { turns: [] });
    if (state.welcomed || !(context.activity.membersAdded ?? []).length) return;
    state.welcomed = true;
    await context.sendActivity(welcomeActivity(context.activity.channelId ?? ''));
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const a = context.activity;
    const channelId = a.channelId ?? '';
    const value = a.value as Partial<CardActionData> | undefined;
    if (value && typeof value === 'object' && (value.certsleuth === 'feedback' || value.certsleuth === 'command')) {
      await this.handleCardAction(context, value);
      return;
    }
    const text = stripMentions(context);
    a.text = text; // the guide reads the activity's own text
    const hasFiles = (a.attachments ?? []).some((x) => x.contentUrl || (x.content as { downloadUrl?: string } | undefined)?.downloadUrl);
    const state = await this.memory.get(context, { turns: [] });

    // Commands first, so "help" or "reset" work even in the middle of a guided flow; "guide …" is the guide's.
    const parsed = hasFiles ? undefined : parseCommand(text);
    if (parsed && parsed.command.name !== 'guide') {
      await this.runChatCommand(context, parsed);
      return;
    }

    if (hasFiles || text.length > SLOW_TEXT_CHARS) await context.sendActivity({ type: ActivityTypes.Typing });
    const { files, notes } = await readActivityFiles(a, this.deps.testAllowLoopbackDownloads);
    const nowMs = this.now().getTime();
    const recalled = recall(state.turns, nowMs);
    // A guide hop is judged on this turn alone; a turn the guide consumed is not remembered either.
    if (await this.deps.guide.handle(context, { inputs: files })) return;

    const answer = await answerQuestion({ text, files, notes, memory: recalled, now: this.now() }, this.deps);
    switch (answer.kind) {
      case 'command': // only "guide …" the guide did not take: the static checklist
        await context.sendActivity(commandActivity(answer.output, channelId));
        return;
      case 'nothing':
        await context.sendActivity(textActivity([...answer.notes, 'Paste an error, an event or a log, or attach a file. Type help for examples.'].join('\n\n')));
        return;
      case 'diagnosis': {
        state.turns = remember(state.turns, answer.newEvidence, recalled, nowMs);
        this.deps.log.info('diagnosis', { channelId, findings: answer.reply.findings.length, top: answer.reply.findings[0]?.id, files: files.length });
        const guideButtons = this.deps.guide.offerButtons(answer.reply).map((b) => ({ title: b.label, data: b.value }));
        await context.sendActivity(replyActivity(answer.reply, channelId, { buttons: guideButtons }));
      }
    }
  }

  private async handleCardAction(context: TurnContext, value: Partial<CardActionData>): Promise<void> {
    const channelId = context.activity.channelId ?? '';
    if (value.certsleuth === 'feedback') {
      // The verdict and the cause id only: enough to tune the ranking, nothing the user pasted.
      this.deps.log.info('feedback', { channelId, verdict: value.verdict, finding: value.finding });
      const thanks = value.verdict === 'right' ? 'Thanks — glad that was it.' : 'Thanks for telling me. Paste more evidence (the full event, certutil -store -v my, the log around the error) and I will look again.';
      await context.sendActivity(textActivity(thanks));
      return;
    }
    if (value.certsleuth === 'command' && typeof value.command === 'string') {
      const parsed = parseCommand(value.command);
      if (parsed) await this.runChatCommand(context, parsed);
    }
  }

  private async runChatCommand(context: TurnContext, parsed: ParsedCommand): Promise<void> {
    const out = runCommand(parsed, this.deps.knowledge);
    if (out.resetMemory) {
      (await this.memory.get(context, { turns: [] })).turns = [];
      await this.deps.guide.cancel(context);
    }
    await context.sendActivity(commandActivity(out, context.activity.channelId ?? ''));
  }
}
