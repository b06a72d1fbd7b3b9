// The guide engine: walks ANY flow of the knowledge graph one hop at a time. Channel-neutral and
// free of botbuilder: it takes the state and the user's answer and returns the messages to send
// and the next state. Every text a step shows (title, prompt, where, command, what healthy looks
// like) is read from the flow in the knowledge at the moment it is shown, so editing
// knowledge/data/flows.yaml changes the question.
//
//   start(flowId)            → the first step
//   answer(state, input)     → yes / no / skip / back / cancel / resume, or a paste judged by the core
//                              (judge-hop.ts): healthy → next step; fault → stop with the finding;
//                              unrelated → its diagnosis and an offer to resume; unclear → what healthy
//                              looks like, yes / no.

import type { Input, Language } from '../core/model/evidence';
import type { EvidenceQuote } from '../core/model/reply';
import type { Knowledge, Located } from '../knowledge/graph';
import type { RawFlow } from '../knowledge/schema';
import { findingOfCause } from './finding-of-cause';
import type { GuideButton, GuideChoice, GuideFinding, GuideMessage, GuideState, GuideTurn } from './guide-model';
import { flowText, guideTexts, stepText } from './guide-texts';
import { judgeHop } from './judge-hop';
import { choiceOfText, choiceOfValue } from './parse-choice';

/** One turn's answer: typed text, a button's value, attached files. */
export interface GuideInput {
  text?: string;
  value?: unknown;
  /** Files (and the text, if the caller prefers to pass it as an input). */
  inputs?: Input[];
}

export interface GuideEngineOptions {
  /** The clock for certificate validity checks. */
  now?: () => Date;
}

const STEP_QUOTES = 3;

export class GuideEngine {
  constructor(
    private readonly knowledge: Knowledge,
    private readonly options: GuideEngineOptions = {},
  ) {}

  flows(): Located<RawFlow>[] {
    return [...this.knowledge.flows.values()];
  }

  /** The flows there are, each with a start button. */
  list(language: Language, unknown?: string): GuideMessage {
    const t = guideTexts(language);
    const flows = this.flows().map((f) => ({ id: f.id, ...flowText(f, language) }));
    return {
      kind: 'list',
      language,
      text: [unknown ? t.listUnknown(unknown) : undefined, t.listIntro].filter(Boolean).join(' '),
      flows,
      buttons: flows.map((f) => ({ choice: 'start', label: f.title, value: { certsleuth: 'guide', flow: f.id } })),
    };
  }

  start(flowId: string, language: Language): GuideTurn {
    const flow = this.knowledge.flows.get(flowId);
    if (!flow) return { messages: [this.list(language, flowId)], state: undefined };
    const state: GuideState = { flowId, step: 0, history: [], skipped: [], language, choices: [] };
    return this.show(state, [this.stepMessage(flow, state)]);
  }

  /** The current step again (after an unrelated paste, or when a channel lost the last message). */
  current(state: GuideState): GuideTurn {
    const flow = this.knowledge.flows.get(state.flowId);
    if (!flow || !flow.steps[state.step]) return this.cancelled(state.language);
    return this.show(state, [this.stepMessage(flow, state)]);
  }

  async answer(previous: GuideState, input: GuideInput): Promise<GuideTurn> {
    const state: GuideState = { ...previous, history: [...previous.history], skipped: [...previous.skipped] };
    const flow = this.knowledge.flows.get(state.flowId);
    // The knowledge may have changed under a stored state (a flow renamed, steps removed).
    if (!flow || !flow.steps[state.step]) return this.cancelled(state.language);
    const t = guideTexts(state.language);
    const choice = choiceOfValue(input.value) ?? (input.text !== undefined ? choiceOfText(input.text, state.choices) : undefined);
    const step = flow.steps[state.step];
    const title = stepText(step, state.language).title;

    switch (choice) {
      case 'cancel':
        return this.cancelled(state.language);
      case 'back': {
        const previousStep = state.history.pop();
        if (previousStep === undefined) return this.show(state, [this.note(state, t.nothingBack), this.stepMessage(flow, state)]);
        state.step = previousStep;
        return this.show(state, [this.stepMessage(flow, state)]);
      }
      case 'skip':
        state.skipped.push(step.id);
        return this.advance(flow, state, []);
      case 'resume':
      case 'start':
        return this.show(state, [this.stepMessage(flow, state)]);
      case 'yes':
        return this.advance(flow, state, [this.healthyMessage(flow, state, title)]);
      case 'no':
        if (step.noCause) return this.fault(flow, state, state.step, findingOfCause(this.knowledge, step.noCause, state.language));
        return this.show(state, [this.note(state, step.ask === 'paste' ? t.pasteNeeded : t.preconditionNo), this.stepMessage(flow, state)]);
    }

    const inputs = [...(input.text?.trim() ? [{ name: 'message', content: input.text }] : []), ...(input.inputs ?? [])];
    if (inputs.length === 0) return this.show(state, [this.stepMessage(flow, state)]);

    let verdict: Awaited<ReturnType<typeof judgeHop>>;
    try {
      verdict = await judgeHop(this.knowledge, flow, state.step, inputs, {
        now: this.options.now?.(),
        language: state.language,
      });
    } catch {
      // The core does not throw on bad input; if a reader ever does, the user still gets the step back.
      return this.unclear(flow, state);
    }
    switch (verdict.verdict) {
      case 'fault':
        return this.fault(flow, state, verdict.stepIndex, verdict.finding);
      case 'healthy': {
        const before = [this.healthyMessage(flow, state, title, verdict.hits.flatMap((h) => h.quotes).slice(0, STEP_QUOTES))];
        // Hops the same paste also proves healthy are passed at once, each said out loud.
        for (const next of verdict.ahead) {
          state.history.push(state.step);
          state.step = next;
          before.push(this.healthyMessage(flow, state, stepText(flow.steps[next], state.language).title));
        }
        return this.advance(flow, state, before);
      }
      case 'other-healthy': {
        const other = stepText(flow.steps[verdict.stepIndex], state.language).title;
        return this.show(state, [this.note(state, t.otherHopHealthy(other, title)), this.stepMessage(flow, state)]);
      }
      case 'unrelated':
        return this.show(state, [
          {
            ...this.base(flow, state),
            kind: 'unrelated',
            text: t.unrelated,
            findings: verdict.reply.findings,
            buttons: this.buttons(state.language, ['resume', 'cancel']),
          },
        ]);
      case 'unclear':
        return this.unclear(flow, state);
    }
  }

  private unclear(flow: Located<RawFlow>, state: GuideState): GuideTurn {
    const step = flow.steps[state.step];
    return this.show(state, [
      {
        ...this.base(flow, state),
        kind: 'unclear',
        text: guideTexts(state.language).unclear,
        healthy: stepText(step, state.language).healthy,
        ...(step.command ? { command: step.command } : {}),
        buttons: this.buttons(state.language, ['yes', 'no', 'skip', 'back', 'cancel']),
      },
    ]);
  }

  private advance(flow: Located<RawFlow>, state: GuideState, before: GuideMessage[]): GuideTurn {
    state.history.push(state.step);
    state.step += 1;
    if (state.step < flow.steps.length) return this.show(state, [...before, this.stepMessage(flow, state)]);
    const t = guideTexts(state.language);
    const { title } = flowText(flow, state.language);
    const skipped = state.skipped
      .map((id) => flow.steps.find((s) => s.id === id))
      .filter((s) => s !== undefined)
      .map((s) => stepText(s, state.language).title);
    const done: GuideMessage = {
      kind: 'done',
      language: state.language,
      flowId: flow.id,
      flowTitle: title,
      text: t.done(title) + (skipped.length ? t.doneSkipped(skipped.join(', ')) : '') + t.doneTail,
      buttons: [],
    };
    return { messages: [...before, done], state: undefined };
  }

  private fault(flow: Located<RawFlow>, state: GuideState, stepIndex: number, finding: GuideFinding): GuideTurn {
    const t = guideTexts(state.language);
    const current = stepText(flow.steps[state.step], state.language).title;
    const at = { ...state, step: stepIndex };
    const atTitle = stepText(flow.steps[stepIndex], state.language).title;
    return {
      messages: [
        {
          ...this.base(flow, at),
          kind: 'fault',
          text: stepIndex === state.step ? t.faultHop(current) : t.faultOtherHop(current, atTitle),
          finding,
          buttons: [],
        },
      ],
      state: undefined,
    };
  }

  private cancelled(language: Language): GuideTurn {
    return { messages: [{ kind: 'cancelled', language, text: guideTexts(language).cancelled, buttons: [] }], state: undefined };
  }

  private healthyMessage(flow: Located<RawFlow>, state: GuideState, title: string, evidence: EvidenceQuote[] = []): GuideMessage {
    return {
      ...this.base(flow, state),
      kind: 'healthy',
      text: guideTexts(state.language).healthyHop(title),
      ...(evidence.length ? { evidence } : {}),
      buttons: [],
    };
  }

  private note(state: GuideState, text: string): GuideMessage {
    return { kind: 'note', language: state.language, flowId: state.flowId, text, buttons: [] };
  }

  /** The current step as a question, its texts read from the knowledge now. */
  stepMessage(flow: Located<RawFlow>, state: GuideState): GuideMessage {
    const step = flow.steps[state.step];
    const t = guideTexts(state.language);
    const s = stepText(step, state.language);
    const choices: GuideChoice[] = step.ask === 'confirm' ? ['yes', 'no', 'skip', 'back', 'cancel'] : ['skip', 'back', 'cancel'];
    return {
      ...this.base(flow, state),
      kind: 'step',
      text: `${s.prompt}\n${step.ask === 'confirm' ? t.confirmHint : t.pasteHint}`,
      ...(step.location ? { location: step.location } : {}),
      ...(step.command ? { command: step.command } : {}),
      healthy: s.healthy,
      buttons: this.buttons(state.language, choices),
    };
  }

  private base(flow: Located<RawFlow>, state: GuideState): Pick<GuideMessage, 'language' | 'flowId' | 'flowTitle' | 'stepId' | 'stepTitle' | 'stepNumber' | 'stepCount'> {
    const step = flow.steps[state.step];
    return {
      language: state.language,
      flowId: flow.id,
      flowTitle: flowText(flow, state.language).title,
      stepId: step.id,
      stepTitle: stepText(step, state.language).title,
      stepNumber: state.step + 1,
      stepCount: flow.steps.length,
    };
  }

  private buttons(language: Language, choices: GuideChoice[]): GuideButton[] {
    const labels = guideTexts(language).choices;
    return choices.map((choice) => ({ choice, label: labels[choice], value: { certsleuth: 'guide', answer: choice } }));
  }

  /** Remembers the choices of the last message that offered any, for numbered replies. */
  private show(state: GuideState, messages: GuideMessage[]): GuideTurn {
    const last = [...messages].reverse().find((m) => m.buttons.length);
    if (last) state.choices = last.buttons.map((b) => b.choice);
    return { messages, state };
  }
}
