// dialogs/: guided troubleshooting. Flows are DATA in the knowledge graph (knowledge/data/flows.yaml:
// steps, what to ask for, where the evidence lives, what healthy looks like, which symptoms make a
// hop faulty or healthy); ONE generic dialog walks any of them.
//
// ─── Integration surface for the bot ─────────────────────────────────────────────────────────────
//
//   import { createGuide } from '../dialogs';
//   const guide = createGuide(conversationState, knowledge);        // once, at start-up
//
//   // in onMessage, BEFORE commands and diagnosis:
//   if (await guide.handle(turnContext, { inputs: downloadedFiles })) return;
//   // …otherwise diagnose as usual; to offer a flow with a diagnosis:
//   const buttons = guide.offerButtons(reply);   // GuideButton[]: add { type: 'Action.Submit', title: b.label, data: b.value }
//                                                // (Slack: value JSON.stringify(b.value)); a click comes back as
//                                                // activity.value = { certsleuth: 'guide', flow: 'scep' } → handle() starts it.
//
//   handle(turnContext, extras?) → Promise<boolean>. True when the turn was consumed by a guide:
//     - a guide button value: { certsleuth: 'guide', flow } / { guide: 'scep' } (start), { certsleuth: 'guide', answer }
//     - a command: "guide" (list), "guide scep", "guide dpm", "anleitung scep" …
//     - any message while a flow is active (answers, pastes, yes/no/skip/back/cancel, "2" for the 2nd choice)
//     - a question asking for a flow: "how do I troubleshoot SCEP enrollment"
//   False: the bot should diagnose as usual. handle() sends its own replies (Adaptive Card with
//   Action.Submit buttons; Block Kit in channelData on 'slack'; numbered text on text-only channels) and
//   saves conversation state when it consumed the turn. `extras.inputs` are this turn's files (already
//   downloaded, as core Inputs): a hop is judged on this turn's text and files only, never on the bot's
//   conversation memory (an earlier hop's log would answer every later hop). Attachments never start a
//   flow by question. A turn the guide consumed should not be added to the bot's memory either.
//   guide.cancel(turnContext) ends an active flow (for the bot's "reset").
//
// Without botbuilder (the direct Slack app on @slack/bolt): new GuideSession(knowledge, store).turn(key,
//   { text, value, inputs, locale }) → { consumed, messages }; key = team:channel(:thread); render the
//   messages with guideToBlockKit; a button's value comes back through guideValueOfSlackAction.
//
// Channel-neutral parts (no botbuilder): GuideEngine (guide-engine.ts), the message model
// (guide-model.ts), the renderers (render/: guideToAdaptiveCard, guideToBlockKit, guideToText) and
// flow finding (find-flow.ts: parseGuideCommand, flowForQuestion, flowsForReply).

import { ConversationState, MemoryStorage, type TurnContext } from 'botbuilder';
import { DialogSet, type DialogState } from 'botbuilder-dialogs';
import type { Language } from '../core/model/evidence';
import type { Reply } from '../core/model/reply';
import { defaultKnowledge } from '../knowledge/files';
import type { Knowledge } from '../knowledge/graph';
import { flowsForReply } from './find-flow';
import { guideActivity, type GuideActivityRenderer } from './guide-activity';
import { GUIDE_DIALOG_ID, GUIDE_TURN_EXTRAS, GuideDialog, type GuideTurnExtras } from './guide-dialog';
import { GuideEngine } from './guide-engine';
import type { GuideButton } from './guide-model';
import { flowText, guideTexts } from './guide-texts';
import { routeGuideMessage } from './route';

export interface CreateGuideOptions {
  /** How a guide message becomes an activity; by default per channel (guide-activity.ts). */
  render?: GuideActivityRenderer;
  /** The clock for certificate checks (tests). */
  now?: () => Date;
  /** Conversation-state property that holds the dialog stack. */
  stateProperty?: string;
}

export interface Guide {
  dialog: GuideDialog;
  engine: GuideEngine;
  dialogs: DialogSet;
  handle(context: TurnContext, extras?: GuideTurnExtras): Promise<boolean>;
  /** True while a flow is waiting for this conversation's next answer. */
  isActive(context: TurnContext): Promise<boolean>;
  cancel(context: TurnContext): Promise<void>;
  /** Start buttons for the flows that fit a diagnosis (empty when none fits). */
  offerButtons(reply: Pick<Reply, 'findings' | 'language'>): GuideButton[];
}

/** Dialog state lives in conversation state; without one, a MemoryStorage-backed state of its own. */
export function createGuide(
  conversationState: ConversationState = new ConversationState(new MemoryStorage()),
  knowledge: Knowledge = defaultKnowledge(),
  options: CreateGuideOptions = {},
): Guide {
  const engine = new GuideEngine(knowledge, { now: options.now });
  const render = options.render ?? guideActivity;
  const dialog = new GuideDialog(engine, render);
  const dialogState = conversationState.createProperty<DialogState>(options.stateProperty ?? 'certsleuthGuide');
  const dialogs = new DialogSet(dialogState);
  dialogs.add(dialog);

  /**
   * Whether a flow waits for this conversation's answer, read from the dialog stack itself: a
   * DialogContext (and its state manager) costs every turn, and most turns are not the guide's.
   */
  async function flowIsActive(context: TurnContext): Promise<boolean> {
    const state = await dialogState.get(context);
    return state?.dialogStack?.[0]?.id === GUIDE_DIALOG_ID;
  }

  async function restart(context: TurnContext, flowId: string, language: Language): Promise<void> {
    const dc = await dialogs.createContext(context);
    if (dc.activeDialog) await dc.cancelAllDialogs();
    await dc.beginDialog(GUIDE_DIALOG_ID, { flowId, language });
  }

  return {
    dialog,
    engine,
    dialogs,
    async handle(context, extras) {
      const activity = context.activity;
      if (activity.type !== 'message') return false;
      if (extras) context.turnState.set(GUIDE_TURN_EXTRAS, extras);
      const route = routeGuideMessage(knowledge, {
        text: activity.text,
        value: activity.value,
        hasFiles: (extras?.inputs?.length ?? 0) > 0,
        active: await flowIsActive(context),
        locale: activity.locale,
      });
      switch (route.kind) {
        case 'pass':
          return false;
        case 'start':
          await restart(context, route.flowId, route.language);
          break;
        case 'list':
          await context.sendActivity(render(engine.list(route.language, route.unknown), activity.channelId));
          break;
        case 'continue':
          await (await dialogs.createContext(context)).continueDialog();
          break;
        case 'stale':
          await context.sendActivity({ type: 'message', text: guideTexts(route.language).noActive });
          break;
      }
      await conversationState.saveChanges(context);
      return true;
    },
    async isActive(context) {
      return flowIsActive(context);
    },
    async cancel(context) {
      const dc = await dialogs.createContext(context);
      if (dc.activeDialog) await dc.cancelAllDialogs();
      await conversationState.saveChanges(context);
    },
    offerButtons(reply) {
      return flowsForReply(knowledge, reply).map((f) => ({
        choice: 'start' as const,
        label: `${guideTexts(reply.language).choices.start}: ${flowText(f, reply.language).title}`,
        value: { certsleuth: 'guide' as const, flow: f.id },
      }));
    },
  };
}

export { GuideEngine, type GuideInput } from './guide-engine';
export { GuideDialog, GUIDE_DIALOG_ID, GUIDE_TURN_EXTRAS, type GuideDialogOptions, type GuideTurnExtras } from './guide-dialog';
export { guideActivity, type GuideActivityRenderer } from './guide-activity';
export { guideToAdaptiveCard, ADAPTIVE_CARD_CONTENT_TYPE, type GuideCard } from './render/adaptive-card';
export { guideToBlockKit, guideValueOfSlackAction, type GuideBlockKit } from './render/block-kit';
export { guideToText } from './render/plain-text';
export { parseGuideCommand, flowForQuestion, flowsForReply, type FlowRequest } from './find-flow';
export { routeGuideMessage, type GuideRoute } from './route';
export { GuideSession, memoryGuideStore, type GuideStateStore, type GuideSessionInput } from './guide-session';
export type { GuideButton, GuideButtonValue, GuideChoice, GuideFinding, GuideMessage, GuideState, GuideTurn } from './guide-model';
