// What the question index reads from the knowledge graph: one document per cause and one per flow,
// each a list of weighted texts in a known language. Kept apart from the scoring so that the held-out
// evaluation can build the same documents with some questions left out.

import type { Knowledge } from '../../knowledge/graph';
import type { Language } from './stopwords';

/**
 * Field weights. Example questions and titles are written the way admins ask, so they count most;
 * keywords are curated pointers; symptom titles name the error the user saw; summaries and
 * explanations are longer prose whose words are less specific, so they count less. The error codes
 * and DPM error IDs the symptoms match on are as specific as keywords. The affected
 * components' names give product context ("Lync", "DPM") at a low weight.
 */
export const FIELD_WEIGHTS = {
  title: 3,
  question: 2.5,
  alias: 3,
  keyword: 2,
  symptom: 1.5,
  code: 1,
  summary: 1,
  explanation: 0.3,
  component: 0.5,
} as const;

export type FieldKind = keyof typeof FIELD_WEIGHTS;

export interface DocumentText {
  text: string;
  language: Language;
  kind: FieldKind;
}

export interface IndexDocument {
  /** Cause id, or "flow:" + flow id. */
  id: string;
  texts: DocumentText[];
  /** Phrases that start this document's flow outright ("guide scep"): a flow's aliases. */
  triggers?: string[];
}

/** Tells the builder to leave a cause's example question out (for the held-out evaluation). */
export type QuestionFilter = (causeId: string, question: string, language: Language) => boolean;

function push(out: DocumentText[], kind: FieldKind, language: Language, text: unknown): void {
  if (typeof text === 'string' && text.trim()) out.push({ text, language, kind });
}

function pushAll(out: DocumentText[], kind: FieldKind, language: Language, list: unknown): void {
  if (Array.isArray(list)) for (const t of list) push(out, kind, language, t);
}

/** One document per cause and per flow. Tolerates partly filled nodes (knowledge being written). */
export function documentsOf(knowledge: Knowledge, keepQuestion?: QuestionFilter): IndexDocument[] {
  const docs: IndexDocument[] = [];
  for (const cause of knowledge.causes.values()) {
    const texts: DocumentText[] = [];
    push(texts, 'title', 'en', cause.title);
    push(texts, 'summary', 'en', cause.summary);
    push(texts, 'explanation', 'en', cause.explanation);
    pushAll(texts, 'keyword', 'en', cause.keywords);
    for (const q of cause.questions ?? []) {
      if (!keepQuestion || keepQuestion(cause.id, q, 'en')) push(texts, 'question', 'en', q);
    }
    if (cause.de) {
      push(texts, 'title', 'de', cause.de.title);
      push(texts, 'summary', 'de', cause.de.summary);
      push(texts, 'explanation', 'de', cause.de.explanation);
      for (const q of cause.de.questions ?? []) {
        if (!keepQuestion || keepQuestion(cause.id, q, 'de')) push(texts, 'question', 'de', q);
      }
    }
    for (const { symptom } of knowledge.symptomsOfCause.get(cause.id) ?? []) {
      const s = knowledge.symptoms.get(symptom);
      push(texts, 'symptom', 'en', s?.title);
      push(texts, 'symptom', 'de', s?.de?.title);
      pushAll(texts, 'code', 'en', s?.match?.codes);
      if (Array.isArray(s?.match?.dpmIds)) push(texts, 'code', 'en', s.match.dpmIds.join(' '));
    }
    for (const componentId of cause.affects ?? []) {
      const c = knowledge.components.get(componentId);
      push(texts, 'component', 'en', c?.title);
      pushAll(texts, 'component', 'en', c?.aliases);
    }
    docs.push({ id: cause.id, texts });
  }
  for (const flow of knowledge.flows.values()) {
    const texts: DocumentText[] = [];
    push(texts, 'title', 'en', flow.title);
    pushAll(texts, 'alias', 'en', flow.aliases);
    push(texts, 'summary', 'en', flow.summary);
    push(texts, 'title', 'de', flow.de?.title);
    push(texts, 'summary', 'de', flow.de?.summary);
    docs.push({ id: `flow:${flow.id}`, texts, triggers: (flow.aliases ?? []).filter((a) => typeof a === 'string') });
  }
  return docs;
}
