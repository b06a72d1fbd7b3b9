import { buildQuestionIndex, stem } from '../../core/nlp';
import { englishForStem } from '../../core/nlp/glossary';
import { emptyKnowledge, type Knowledge } from '../../knowledge/graph';

const en = (word: string): string | undefined => englishForStem(stem(word, 'de'));

describe('German → English glossary', () => {
  it('translates German words in any inflection', () => {
    expect(en('Zertifikate')).toBe('certificate');
    expect(en('Zertifikats')).toBe('certificate');
    expect(en('Dienste')).toBe('service');
    expect(en('startet')).toBe('start');
  });

  it('splits compounds on a known word, with or without the linking s', () => {
    expect(en('Serverzertifikat')).toBe('server certificate');
    expect(en('Zertifikatsspeicher')).toBe('certificate store');
    expect(en('Stammspeicher')).toBe('root store');
    expect(en('Zertifikatsanforderung')).toBe('certificate request');
  });

  it('leaves words it does not know alone', () => {
    expect(en('Frontend')).toBeUndefined();
    expect(en('Wetter')).toBeUndefined();
  });
});

/** Two causes written in English only: German questions must still find them. */
function englishOnlyKnowledge(): Knowledge {
  const k = emptyKnowledge();
  const at = { area: 'fixture', file: 'test/nlp/glossary.test.ts' };
  const cause = (id: string, title: string, summary: string, questions: string[]) =>
    k.causes.set(id, { id, title, summary, explanation: summary, affects: [], remediation: [], verify: [], sources: [], questions, ...at });
  cause('lync.frontend-does-not-start', 'Lync front end services do not start', 'The front end service stops at start-up because the root store holds intermediate certificates.', [
    'Lync front end service will not start',
    'RTCSRV stops after a few minutes',
  ]);
  cause('iis.expired-binding', 'The IIS binding uses an expired certificate', 'The HTTPS binding still points at the old, expired certificate.', [
    'browser says the certificate expired',
    'IIS shows an old certificate',
  ]);
  cause('ca.crl-offline', 'The CRL of the issuing CA cannot be downloaded', 'Revocation checking fails because the CRL distribution point is offline.', [
    'revocation server offline',
    'CRL download fails',
  ]);
  return k;
}

describe('German questions on English-only causes', () => {
  const index = buildQuestionIndex(englishOnlyKnowledge());

  it.each([
    ['warum startet der Lync Frontend Dienst nicht', 'lync.frontend-does-not-start'],
    ['Das Zertifikat der IIS-Bindung ist abgelaufen', 'iis.expired-binding'],
    ['Die Sperrliste kann nicht heruntergeladen werden', 'ca.crl-offline'],
  ])('%s', (question, cause) => {
    const [best] = index.query(question);
    expect(best?.id).toBe(cause);
  });

  it('does not invent matches for German words outside the glossary', () => {
    expect(index.query('Wie wird das Wetter morgen in Berlin')).toEqual([]);
  });
});
