// The guide without botbuilder: for a channel that is not a Bot Framework activity (the direct Slack
// app on @slack/bolt), with the state in any store keyed by conversation (and thread). Same routing
// and engine as createGuide; the caller renders the messages (guideToBlockKit for Slack).

import type { Input } from '../core/model/evidence';
import type { Knowledge } from '../knowledge/graph';
import { GuideEngine, type GuideEngineOptions } from './guide-engine';
import type { GuideMessage, GuideState } from './guide-model';
import { guideTexts } from './guide-texts';
import { routeGuideMessage } from './route';

export interface GuideStateStore {
  get(key: string): Promise<GuideState | undefined>;
  set(key: string, state: GuideState | undefined): Promise<void>;
}

/** A Map-backed store, for one process. */
export function memoryGuideStore(): GuideStateStore {
  const states = new Map<string, GuideState>();
  return {
    get: async (key) => states.get(key),
    set: async (key, state) => void (state ? states.set(key, state) : states.delete(key)),
  };
}

export interface GuideSessionInput {
  text?: string;
  value?: unknown;
  inputs?: Input[];
  locale?: string;
}

export class GuideSession {
  readonly engine: GuideEngine;

  constructor(
    private readonly knowledge: Knowledge,
    private readonly store: GuideStateStore = memoryGuideStore(),
    options: GuideEngineOptions = {},
  ) {
    this.engine = new GuideEngine(knowledge, options);
  }

  /** consumed = false: not a guide turn, diagnose as usual. */
  async turn(key: string, input: GuideSessionInput): Promise<{ consumed: boolean; messages: GuideMessage[] }> {
    const state = await this.store.get(key);
    const route = routeGuideMessage(this.knowledge, {
      text: input.text,
      value: input.value,
      hasFiles: (input.inputs?.length ?? 0) > 0,
      active: state !== undefined,
      locale: input.locale,
    });
    switch (route.kind) {
      case 'pass':
        return { consumed: false, messages: [] };
      case 'list':
        return { consumed: true, messages: [this.engine.list(route.language, route.unknown)] };
      case 'stale':
        return { consumed: true, messages: [{ kind: 'note', language: route.language, text: guideTexts(route.language).noActive, buttons: [] }] };
      case 'start': {
        const turn = this.engine.start(route.flowId, route.language);
        await this.store.set(key, turn.state);
        return { consumed: true, messages: turn.messages };
      }
      case 'continue': {
        const turn = await this.engine.answer(state!, { text: input.text, value: input.value, inputs: input.inputs });
        await this.store.set(key, turn.state);
        return { consumed: true, messages: turn.messages };
      }
    }
  }
}
