// One generic dialog for every flow: it holds a GuideState in its dialog instance state (and so in
// conversation state, MemoryStorage by default) and lets the engine decide each turn. Nothing here
// knows a flow; begin it with { flowId } and it walks whatever knowledge/data/flows.yaml declares.

import { ComponentDialog, Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { Input, Language } from '../core/model/evidence';
import type { GuideEngine } from './guide-engine';
import { guideActivity, type GuideActivityRenderer } from './guide-activity';
import type { GuideState, GuideTurn } from './guide-model';

export const GUIDE_DIALOG_ID = 'certsleuth.guide';
/** turnState key under which the bot puts this turn's files (as core Inputs) for the guide. */
export const GUIDE_TURN_EXTRAS = Symbol('certsleuth.guide.extras');

export interface GuideTurnExtras {
  inputs?: Input[];
}

export interface GuideDialogOptions {
  flowId: string;
  language?: Language;
}

/** What the dialog keeps in its instance state. */
interface GuideInstanceState {
  guide?: GuideState;
}

export class GuideDialog extends ComponentDialog<GuideDialogOptions> {
  constructor(
    private readonly engine: GuideEngine,
    private readonly render: GuideActivityRenderer = guideActivity,
    dialogId: string = GUIDE_DIALOG_ID,
  ) {
    super(dialogId);
  }

  override async beginDialog(dc: DialogContext, options?: GuideDialogOptions): Promise<DialogTurnResult> {
    if (!options?.flowId) {
      await this.send(dc.context, { messages: [this.engine.list(options?.language ?? 'en')], state: undefined });
      return dc.endDialog();
    }
    return this.apply(dc, this.engine.start(options.flowId, options.language ?? 'en'));
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = (dc.activeDialog?.state as GuideInstanceState | undefined)?.guide;
    if (!state) return dc.endDialog();
    const activity = dc.context.activity;
    const extras = dc.context.turnState.get(GUIDE_TURN_EXTRAS) as GuideTurnExtras | undefined;
    const turn = await this.engine.answer(state, { text: activity.text, value: activity.value, inputs: extras?.inputs });
    return this.apply(dc, turn);
  }

  /** Re-asks the current step (botbuilder calls this after an interruption). */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = (instance.state as GuideInstanceState | undefined)?.guide;
    if (state) await this.send(context, this.engine.current(state));
  }

  private async apply(dc: DialogContext, turn: GuideTurn): Promise<DialogTurnResult> {
    await this.send(dc.context, turn);
    if (!turn.state) return dc.endDialog({ flowEnded: true });
    (dc.activeDialog!.state as GuideInstanceState).guide = turn.state;
    return Dialog.EndOfTurn;
  }

  private async send(context: TurnContext, turn: GuideTurn): Promise<void> {
    for (const m of turn.messages) await context.sendActivity(this.render(m, context.activity.channelId));
  }
}
