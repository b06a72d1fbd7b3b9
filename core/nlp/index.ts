// core/nlp: the language layer of the diagnostic core. Pure functions, no I/O.
//
// Public API
//   detectLanguage(text): 'en' | 'de'
//       The language of a question or paste. German function words, umlauts/ß and the German words
//       Windows prints count for German; the leading prose (the question) decides over a pasted log.
//   tokenize(text, language): string[]
//       Index terms: lower-cased, stop words (EN/DE) dropped, plain words stemmed in `language`
//       (Porter / Snowball German from `natural`), technical tokens kept whole and split
//       (Set-DPMCredentials → set-dpmcredentials, set, dpmcredentials, dpm, credenti), error codes
//       normalised (800B0101, -2146762495 → 0x800b0101), KB numbers as kb2795828 and 2795828.
//   stem(word, language): string
//   buildQuestionIndex(knowledge): QuestionIndex            (cached per Knowledge object)
//       index.query(text, language?, limit = 10): { id, score }[] best first, score 0..1 and
//       comparable across questions. Ids are cause ids, or "flow:<flow id>" for guided flows.
//       A score of about 0.25 or more is a confident match; an unrelated question scores ~0.
//   evaluateHeldOut(knowledge): HeldOutReport
//       Top-1 / top-3 accuracy with one example question per cause held out (EN and DE).
//   isQuestion(text): boolean
//       Question marks, interrogatives (EN/DE), "help", "how do I", "troubleshoot".
//
// Import cost: the two stemmers load in ~30 ms together; `natural` is never loaded whole.

export { detectLanguage } from './language';
export { tokenize, tokenizeWithVariants, type TermVariants } from './tokenize';
export { stem } from './stem';
export { ENGLISH_STOP_WORDS, GERMAN_STOP_WORDS, type Language } from './stopwords';
export { buildQuestionIndex, buildIndexFromDocuments, type QuestionIndex, type QuestionMatch } from './question-index';
export { documentsOf, FIELD_WEIGHTS, type IndexDocument, type DocumentText, type QuestionFilter } from './documents';
export { evaluateHeldOut, heldOutQuestion, type HeldOutReport, type HeldOutMiss, type LanguageAccuracy } from './evaluate';
export { isQuestion } from './is-question';
