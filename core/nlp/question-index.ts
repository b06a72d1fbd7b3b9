// The question index: which causes (and guided flows) a free-text question is about.
//
// Why a vector-space index and not a trained classifier: the training data are three to ten example
// questions per cause, written by the engineers who write the cause, and the graph grows every day.
// A classifier over so few examples overfits the examples' wording; an index needs no training, is
// rebuilt in milliseconds when the knowledge changes, explains itself (shared terms), and its score
// is bounded 0..1 and comparable across questions, so the diagnosis can use a threshold.
//
// One document per cause (all its fields, weighted by FIELD_WEIGHTS). The score is the geometric
// mean of two views of the same match, measured on the held-out split of the shipped knowledge
// when it had ~220 causes (228 questions; see evaluate.ts, test/nlp/calibration.test.ts):
//  - cosine of log(1 + tf) · idf vectors: "how much of the question and the cause overlap". It
//    separates unrelated questions best (AUC 0.94 against 30 off-topic IT questions) but penalises
//    long documents, so causes with rich text lose top-1 to short ones (top-1 70 %);
//  - normalised BM25 (k1 0.5, b 0.75; query terms weighted by idf and divided by their sum): "how
//    much of the question's information this cause explains", with saturation and a softer length
//    normalisation. It ranks best (top-1 78 %) but lets one shared rare word score high (AUC 0.90).
// Their geometric mean keeps most of both (top-1 75 %, top-3 90 %, AUC 0.94). A blend with the
// nearest single example question was tried and dropped: it lost 15-30 points of top-1, because a
// paraphrase's nearest example is often another cause's question sharing generic words.
// Query terms the index has never seen still count (in the cosine norm and the BM25 denominator, at
// the rarest idf), so "what's the weather" scores 0 and a question padded with unrelated words
// scores lower than the bare question: the score says how much of the question the cause explains.

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

/**
 * Where scores fall, measured on the shipped knowledge (≈220 causes, held-out paraphrases) against 30
 * off-topic IT questions ("my printer is offline", "Outlook keeps asking for a password"): a correct
 * top-1 paraphrase scores 0.35 (10th percentile) / 0.54 (median); an off-topic question's best match
 * 0.21 (median) / 0.45 (90th percentile), when it shares one rare word with a cause.
 */
export const QUESTION_SCORE = {
  /** Above nine in ten off-topic questions: the question alone may name the cause. */
  confident: 0.45,
  /** Below this, a match is noise unless evidence in the paste supports it. */
  candidate: 0.3,
} as const;

type SparseVector = Map<string, number>;

/** BM25 term-frequency saturation and length normalisation (see the header). */
const BM25_K1 = 0.5;
const BM25_B = 0.75;
/** Share of the question's distinct terms a flow alias must make up to start the flow outright. */
const TRIGGER_COVERAGE = 0.6;
/** Words that ask for a guided walk rather than describe a problem: not counted against an alias. */
const FLOW_REQUEST_WORDS = ['guide', 'troubleshoot', 'walk', 'step', 'steps', 'check', 'checks', 'help', 'diagnose', 'trace'];
/** Weight of a glossary translation added beside a German word the index already knows. */
const BRIDGE_WEIGHT = 0.5;

/**
 * Postings of one term, as triples [document, cosine weight, BM25 weight, …]: both views share the
 * terms, and flat number arrays keep the build free of one object per posting.
 */
type Postings = number[];

function addTerms(terms: string[], weight: number, into: SparseVector): void {
  for (const t of terms) into.set(t, (into.get(t) ?? 0) + weight);
}

/** log(1 + tf) · idf, L2-normalised, into a new vector. */
function cosineWeights(tf: SparseVector, idf: (term: string) => number): SparseVector {
  const out: SparseVector = new Map();
  let norm = 0;
  for (const [t, f] of tf) {
    const w = Math.log1p(f) * idf(t);
    out.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of out) out.set(t, w / norm);
  return out;
}

let requestTerms: Set<string> | undefined;

/** A built index as plain data: written by the build, restored at start-up instead of rebuilt. */
export interface QuestionIndexSnapshot {
  ids: string[];
  postings: [string, Postings][];
  idf: [string, number][];
  unseenIdf: number;
  triggers: { doc: number; terms: string[] }[];
}

class VectorQuestionIndex implements QuestionIndex {
  private readonly ids: string[];
  private readonly postings = new Map<string, Postings>();
  private readonly idfByTerm = new Map<string, number>();
  private readonly unseenIdf: number;
  /** Flow aliases as term sets, with the document they start. */
  private readonly triggers: { doc: number; terms: string[] }[] = [];

  static fromSnapshot(s: QuestionIndexSnapshot): VectorQuestionIndex {
    const index = Object.create(VectorQuestionIndex.prototype) as VectorQuestionIndex;
    Object.assign(index, {
      ids: s.ids,
      postings: new Map(s.postings),
      idfByTerm: new Map(s.idf),
      unseenIdf: s.unseenIdf,
      triggers: s.triggers,
    });
    return index;
  }

  snapshot(): QuestionIndexSnapshot {
    return {
      ids: this.ids,
      postings: [...this.postings],
      idf: [...this.idfByTerm],
      unseenIdf: this.unseenIdf,
      triggers: this.triggers,
    };
  }

  constructor(docs: IndexDocument[]) {
    this.ids = docs.map((d) => d.id);
    const docTf: SparseVector[] = [];
    const df = new Map<string, number>();
    // The same texts recur across documents (component names, shared symptoms): tokenise each once.
    const seen: Record<Language, Map<string, string[]>> = { en: new Map(), de: new Map() };
    const termsOf = (text: string, language: Language): string[] => {
      let terms = seen[language].get(text);
      if (!terms) seen[language].set(text, (terms = tokenize(text, language)));
      return terms;
    };
    for (const doc of docs) {
      const tf: SparseVector = new Map();
      for (const field of doc.texts) addTerms(termsOf(field.text, field.language), FIELD_WEIGHTS[field.kind], tf);
      docTf.push(tf);
      for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    }
    const n = Math.max(docs.length, 1);
    // Smoothed idf, always > 0: a term in every document still counts a little.
    for (const [t, f] of df) this.idfByTerm.set(t, Math.log(1 + n / f));
    this.unseenIdf = Math.log(1 + n);

    let totalLength = 0;
    const lengths = docTf.map((tf) => {
      let sum = 0;
      for (const f of tf.values()) sum += f;
      totalLength += sum;
      return sum;
    });
    const averageLength = totalLength / Math.max(1, lengths.length) || 1;
    docTf.forEach((tf, di) => {
      // Cosine weights log(1 + tf) · idf, L2-normalised, computed in two passes without a new map.
      let norm = 0;
      for (const [t, f] of tf) {
        const w = Math.log1p(f) * this.idfByTerm.get(t)!;
        norm += w * w;
      }
      norm = Math.sqrt(norm) || 1;
      const lengthNorm = BM25_K1 * (1 - BM25_B + (BM25_B * lengths[di]) / averageLength);
      for (const [t, f] of tf) {
        const cosine = (Math.log1p(f) * this.idfByTerm.get(t)!) / norm;
        const bm25 = f / (f + lengthNorm); // saturated tf in 0..1
        const list = this.postings.get(t);
        if (list) list.push(di, cosine, bm25);
        else this.postings.set(t, [di, cosine, bm25]);
      }
    });
  }

  /** The glossary's English index terms for a German stem, only those the index knows. */
  private knownEnglish(germanStem: string): string[] {
    const english = englishForStem(germanStem);
    return english ? tokenize(english, 'en').filter((t) => this.idfByTerm.has(t)) : [];
  }

  /**
   * A flow's alias is a phrase that starts it ("guide scep", "troubleshoot SCEP enrollment"): when
   * the question holds every word of one and is mostly that alias, the flow is at least a confident
   * match, more so the less else the question says. Similarity alone would rank the short alias
   * below long causes sharing "SCEP". A question that only mentions an alias among other words
   * ("why does DPM fail with 33231") is about a cause, not a request for the guided flow.
   */
  private triggeredScores(queryTerms: SparseVector): Map<number, number> {
    const out = new Map<number, number>();
    if (this.triggers.length === 0) return out;
    requestTerms ??= new Set(FLOW_REQUEST_WORDS.flatMap((w) => tokenize(w, 'en')));
    let size = 0;
    for (const t of queryTerms.keys()) if (!requestTerms.has(t)) size += 1;
    for (const { doc, terms } of this.triggers) {
      if (!terms.every((t) => queryTerms.has(t))) continue;
      const own = terms.filter((t) => !requestTerms!.has(t)).length;
      const coverage = size === 0 ? 1 : Math.min(1, own / size);
      if (coverage < TRIGGER_COVERAGE) continue;
      const score = QUESTION_SCORE.confident + (1 - QUESTION_SCORE.confident) * coverage;
      if (score > (out.get(doc) ?? 0)) out.set(doc, score);
    }
    return out;
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
    if (tf.size === 0) return [];
    const idf = (t: string): number => this.idfByTerm.get(t) ?? this.unseenIdf;
    const cosineQuery = cosineWeights(tf, idf);
    // BM25 side: each distinct term once (a repeated word is not more of the question), by idf.
    let idfTotal = 0;
    for (const [t, f] of tf) idfTotal += idf(t) * Math.min(f, 1);

    const cosine = new Float64Array(this.ids.length);
    const bm25 = new Float64Array(this.ids.length);
    for (const [t, f] of tf) {
      const list = this.postings.get(t);
      if (!list) continue;
      const wc = cosineQuery.get(t) ?? 0;
      const wb = (idf(t) * Math.min(f, 1)) / idfTotal;
      for (let i = 0; i < list.length; i += 3) {
        cosine[list[i]] += wc * list[i + 1];
        bm25[list[i]] += wb * list[i + 2];
      }
    }
    const triggered = this.triggeredScores(tf);
    const out: QuestionMatch[] = [];
    for (let di = 0; di < this.ids.length; di++) {
      const score = Math.max(Math.sqrt(cosine[di] * bm25[di]), triggered.get(di) ?? 0);
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

/** The knowledge's index as plain data (the build writes it beside the compiled knowledge). */
export function questionIndexSnapshot(knowledge: Knowledge): QuestionIndexSnapshot {
  return (buildQuestionIndex(knowledge) as VectorQuestionIndex).snapshot();
}

/**
 * Installs a snapshot as the knowledge's index, so that the first question does not pay for
 * tokenising and stemming the whole knowledge. The caller vouches that the snapshot was built from
 * this knowledge (knowledge/files.ts ties compiled artifacts to the compiled knowledge's hash).
 */
export function restoreQuestionIndex(knowledge: Knowledge, snapshot: QuestionIndexSnapshot): void {
  if (!cache.has(knowledge)) cache.set(knowledge, VectorQuestionIndex.fromSnapshot(snapshot));
}

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
