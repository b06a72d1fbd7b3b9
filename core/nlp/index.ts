// core/nlp: the language layer of the diagnostic core. Pure functions, no I/O.
//
// Public API
//   detectLanguage(text): 'en' | 'de'
//       The language of a question or paste. German function words, umlauts/ß and the German words
//       Windows prints count for German; the leading prose (the question) decides over a pasted log.
//   tokenize(text, language): string[]
//       Index terms: lower-cased, stop words (EN/DE) dropped, plain words stemmed in `language`
//       (Porter / Snowball German from `natural`, plus the German verb forms Snowball leaves apart),
//       technical tokens kept whole and split (Set-DPMCredentials → set-dpmcredentials, set,
//       dpmcredentials, dpm, credenti), error codes normalised (800B0101, -2146762495 → 0x800b0101),
//       KB numbers as kb2795828 and 2795828.
//   stem(word, language): string
//   englishForStem(germanStem): string | undefined
//       The domain glossary that lets German questions reach causes written in English only.
//   buildQuestionIndex(knowledge): QuestionIndex            (cached per Knowledge object)
//       index.query(text, language?, limit = 10): { id, score }[] best first. Ids are cause ids, or
//       "flow:<flow id>" for guided flows. The score (0..1, comparable across questions) is the
//       geometric mean of a TF-IDF cosine and a normalised BM25 over the cause's whole document
//       (why: see question-index.ts). QUESTION_SCORE holds the measured calibration: ≥ 0.45 the
//       question alone may name the cause, < 0.3 noise unless evidence supports it.
//   evaluateHeldOut(knowledge): HeldOutReport
//       Top-1 / top-3 accuracy with one example question per cause held out (EN and DE).
//   isQuestion(text): boolean
//       Question marks, interrogatives (EN/DE), "help", "how do I", "troubleshoot".
//
// Cost: importing this module loads natural's two stemmer files only (~30 ms, never `natural`
// whole); an index over 250 causes builds in ~20 ms warm and answers a question in ~0.1–0.3 ms.

export { detectLanguage } from './language';
export { tokenize, tokenizeWithVariants, type TermVariants } from './tokenize';
export { stem } from './stem';
export { englishForStem } from './glossary';
export { ENGLISH_STOP_WORDS, GERMAN_STOP_WORDS, type Language } from './stopwords';
export {
  buildQuestionIndex,
  buildIndexFromDocuments,
  QUESTION_SCORE,
  questionIndexSnapshot,
  restoreQuestionIndex,
  type QuestionIndex,
  type QuestionIndexSnapshot,
  type QuestionMatch,
} from './question-index';
export { documentsOf, FIELD_WEIGHTS, type IndexDocument, type DocumentText, type QuestionFilter } from './documents';
export { evaluateHeldOut, heldOutQuestion, type HeldOutReport, type HeldOutMiss, type LanguageAccuracy } from './evaluate';
export { isQuestion } from './is-question';
