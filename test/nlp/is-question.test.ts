import { isQuestion } from '../../core/nlp';

describe('isQuestion', () => {
  it.each([
    'why is Set-DPMCredentials failing',
    'Which port does DPM need through the firewall',
    'how do I troubleshoot SCEP enrollment',
    'help',
    'please help with NDES',
    'warum startet der Lync 2013 Frontend nicht',
    'Wo liegt die CRP.log',
    'Is this certificate OK for DPM?',
    'Hilfe, IIS startet nicht',
  ])('question: %s', (t) => expect(isQuestion(t)).toBe(true));

  it.each([
    '0x8009000d',
    'Set-DPMCredentials : Unable to find certificate with the thumbprint 8d8b on the personal machine store (ID: 33231)',
    '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System/></Event>',
    '',
  ])('not a question: %s', (t) => expect(isQuestion(t)).toBe(false));
});
