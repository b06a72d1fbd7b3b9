import { detectLanguage } from '../../core/nlp';

describe('detectLanguage', () => {
  it.each([
    'why is Set-DPMCredentials failing',
    'Which port does DPM certificate based protection need through the firewall',
    'how do I troubleshoot SCEP enrollment',
    'IIS will not start',
  ])('English: %s', (q) => expect(detectLanguage(q)).toBe('en'));

  it.each([
    'warum startet der Lync 2013 Frontend nicht',
    'Lync 2013 Frontend Dienste starten nicht auf Windows Server 2012',
    'Zertifikat abgelaufen',
    'Fehler 0x800B0101: Ein erforderliches Zertifikat befindet sich nicht innerhalb seiner Gültigkeitsdauer.',
    'Wo liegt die CRP.log?',
  ])('German: %s', (q) => expect(detectLanguage(q)).toBe('de'));

  it('lets a German question decide over the English log pasted after it', () => {
    const paste = [
      'Warum schlägt das Anfügen des Servers fehl? Hier ist das Log:',
      'ConfigureCertificates.cs(400) NORMAL Getting certificate for thumbPrint : 8d8bddbc15d73f3c20c3faf3faab9b69075e582c',
      'CertificatesHelper.cs(51) NORMAL Looking for Certificate with thumbprint: 8d8bddbc15d73f3c20c3faf3faab9b69075e582c in store: My at location: LocalMachine',
      'CertificatesHelper.cs(88) NORMAL Could not find Certificate with thumbPrint: 8d8bddbc15d73f3c20c3faf3faab9b69075e582c in store :My at location :LocalMachine',
      'ConfigureCertificates.cs(133) WARNING Getting certificate for thumbPrint : 8d8bddbc15d73f3c20c3faf3faab9b69075e582c failed and the operation will be retried',
    ].join('\r\n');
    expect(detectLanguage(paste)).toBe('de');
  });

  it.each(['IIS startet nicht', 'DPM Fehler 33231', 'Zugriff verweigert beim Import'])('short German: %s', (q) =>
    expect(detectLanguage(q)).toBe('de'),
  );

  it('lets an English question decide over a German event pasted after it', () => {
    const paste = [
      'Why does the chain fail on this server? Event below:',
      'Protokollname: Microsoft-Windows-CAPI2/Operational',
      'Quelle:        Microsoft-Windows-CAPI2',
      'Ereignis-ID:   11',
      'Beschreibung:',
      'Fehler beim Erstellen einer Kette. Ein Zertifikat konnte nicht gefunden werden.',
    ].join('\r\n');
    expect(detectLanguage(paste)).toBe('en');
  });

  it('reads German Event Viewer text as German', () => {
    const event = [
      'Protokollname: Application',
      'Quelle:        Microsoft-Windows-CAPI2',
      'Ereignis-ID:   11',
      'Beschreibung:',
      'Fehler beim Erstellen der Zertifikatkette. Ein Zertifikat konnte nicht gefunden werden.',
    ].join('\n');
    expect(detectLanguage(event)).toBe('de');
  });

  it('keeps an English log English', () => {
    expect(
      detectLanguage('Set-DPMCredentials : Unable to find certificate with the thumbprint 8d8bddbc15d73f3c20c3faf3faab9b69075e582c on the personal machine store of machine DPM2012.contoso.com. (ID: 33231)'),
    ).toBe('en');
  });

  it('falls back to English for empty, code-only and non-string input', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('0x8009000d')).toBe('en');
    expect(detectLanguage(undefined as unknown as string)).toBe('en');
  });
});
