// The question index: which causes (and guided flows) a free-text question is about.
//
// Why TF-IDF cosine and not a trained classifier: the training data are three to ten example
// questions per cause, written by the engineers who write the cause, and the graph grows every day.
// A classifier over so few examples overfits the examples' wording; a vector-space index needs no
// training, is rebuilt in milliseconds when the knowledge changes, explains itself (shared terms),
// and its cosine is bounded 0..1 and comparable across queries, so the diagnosis can use a threshold.
//
// Scoring is the cosine between the question and the whole document (all fields, weighted by
// FIELD_WEIGHTS). A blend with the nearest single example question was tried and dropped: on the
// held-out split it lost 15-30 points of top-1 (a paraphrase's nearest example is often another
// cause's question that shares generic words), while the whole document rewards a question that
// touches several facets of a cause (product + symptom + mechanism).
// Terms are weighted log(1 + tf) · idf. Query terms the index has never seen still count in the
// query's norm (at the rarest idf), so "what's the weather" scores 0 and a question padded with
// unrelated words scores lower than the bare question: the score says how much of the question the
// cause explains.

import type { Knowledge } from '../../knowledge/graph';
import { documentsOf, FIELD_WEIGHTS, type IndexDocument, type QuestionFilter } from './documents';
import { englishForStem } from './glossary';
import { detectLanguage } from './language';
import type { Language } from './stopwords';
import { tokenize, tokenizeWithVariants } from './tokenize';

export interface QuestionMatch {
  /** Cause id, or "flow:" + flow id for a guided flow. */
  id: string;
  /** 0..1, comparable across questions. */
  score: number;
}

export interface QuestionIndex {
  /** Best matches first; only positive scores; at most `limit` (default 10). */
  query(text: string, language?: Language, limit?: number): QuestionMatch[];
  /** Number of documents (causes + flows). */
  readonly size: number;
}

type SparseVector = Map<string, number>;

/** Weight of a glossary translation added beside a German word the index already knows. */
const BRIDGE_WEIGHT = 0.5;

/** Postings of one term, interleaved [target, weight, target, weight, …]: no object per posting. */
type Postings = number[];

function termFrequencies(terms: string[], weight: number, into: SparseVector): void {
  for (const t of terms) into.set(t, (into.get(t) ?? 0) + weight);
}

/** log(1 + tf) · idf, L2-normalised, in place (the term frequencies are not needed afterwards). */
function weigh(vector: SparseVector, idf: (term: string) => number): SparseVector {
  let norm = 0;
  for (const [t, f] of vector) {
    const w = Math.log1p(f) * idf(t);
    vector.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of vector) vector.set(t, w / norm);
  return vector;
}

function addPostings(index: Map<string, Postings>, target: number, vector: SparseVector): void {
  for (const [t, w] of vector) {
    if (w <= 0) continue;
    const list = index.get(t);
    if (list) list.push(target, w);
    else index.set(t, [target, w]);
  }
}

class VectorQuestionIndex implements QuestionIndex {
  private readonly ids: string[];
  private readonly documentPostings = new Map<string, Postings>();
  private readonly idfByTerm = new Map<string, number>();
  private readonly unseenIdf: number;

  constructor(docs: IndexDocument[]) {
    this.ids = docs.map((d) => d.id);
    const docTf: SparseVector[] = [];
    const df = new Map<string, number>();
    // The same texts recur across documents (component names, shared symptoms): tokenise each once.
    const seen = new Map<string, string[]>();
    const termsOf = (text: string, language: Language): string[] => {
      const key = `${language}\u0000${text}`;
      let terms = seen.get(key);
      if (!terms) seen.set(key, (terms = tokenize(text, language)));
      return terms;
    };
    for (const doc of docs) {
      const tf: SparseVector = new Map();
      for (const field of doc.texts) termFrequencies(termsOf(field.text, field.language), FIELD_WEIGHTS[field.kind], tf);
      docTf.push(tf);
      for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    }
    const n = Math.max(docs.length, 1);
    // Smoothed idf, always > 0: a term in every document still counts a little.
    for (const [t, f] of df) this.idfByTerm.set(t, Math.log(1 + n / f));
    this.unseenIdf = Math.log(1 + n);
    const idf = (t: string): number => this.idfByTerm.get(t) ?? this.unseenIdf;
    docTf.forEach((tf, di) => addPostings(this.documentPostings, di, weigh(tf, idf)));
  }

  /** The glossary's English index terms for a German stem, only those the index knows. */
  private knownEnglish(germanStem: string): string[] {
    const english = englishForStem(germanStem);
    return english ? tokenize(english, 'en').filter((t) => this.idfByTerm.has(t)) : [];
  }

  get size(): number {
    return this.ids.length;
  }

  query(text: string, language?: Language, limit = 10): QuestionMatch[] {
    if (typeof text !== 'string' || !text.trim() || this.ids.length === 0) return [];
    const lang = language ?? detectLanguage(text);
    const tf: SparseVector = new Map();
    const add = (term: string, weight: number): void => {
      tf.set(term, (tf.get(term) ?? 0) + weight);
    };
    for (const variants of tokenizeWithVariants(text, lang)) {
      const known = variants.find((v) => this.idfByTerm.has(v));
      // German words also reach causes written in English only, through the glossary: as an extra
      // when the index knows the German word, instead of it when it does not.
      const english = lang === 'de' ? this.knownEnglish(variants[0]) : [];
      if (known) add(known, 1);
      else if (english.length === 0) add(variants[0], 1); // unknown: still counts against the score
      for (const term of english) add(term, known ? BRIDGE_WEIGHT : 1 / english.length);
    }
    const q = weigh(tf, (t) => this.idfByTerm.get(t) ?? this.unseenIdf);
    if (q.size === 0) return [];

    const docScore = new Float64Array(this.ids.length);
    for (const [t, w] of q) {
      const docs = this.documentPostings.get(t);
      if (docs) for (let i = 0; i < docs.length; i += 2) docScore[docs[i]] += w * docs[i + 1];
    }
    const out: QuestionMatch[] = [];
    for (let di = 0; di < this.ids.length; di++) {
      const score = docScore[di];
      if (score > 1e-9) out.push({ id: this.ids[di], score: Math.min(1, score) });
    }
    out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    return out.slice(0, Math.max(0, limit));
  }
}

/** Builds an index over explicit documents (used by the held-out evaluation and by tests). */
export function buildIndexFromDocuments(docs: IndexDocument[]): QuestionIndex {
  return new VectorQuestionIndex(docs);
}

const cache = new WeakMap<Knowledge, QuestionIndex>();

/**
 * The question index of a knowledge graph, built once per Knowledge object. With a filter, builds
 * a fresh, uncached index that leaves the filtered-out example questions out.
 */
export function buildQuestionIndex(knowledge: Knowledge, keepQuestion?: QuestionFilter): QuestionIndex {
  if (keepQuestion) return new VectorQuestionIndex(documentsOf(knowledge, keepQuestion));
  let index = cache.get(knowledge);
  if (!index) {
    index = new VectorQuestionIndex(documentsOf(knowledge));
    cache.set(knowledge, index);
  }
  return index;
}
