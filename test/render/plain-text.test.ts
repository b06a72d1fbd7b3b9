import { renderPlainText, renderSummaryLine, clip } from '../../core/render/plain-text';
import { dpmReply, emptyReply } from './sample-replies';

describe('plain-text renderer', () => {
  it('prints the top finding in full and the others as one-liners', () => {
    const t = renderPlainText(dpmReply());
    const lines = t.split('\n');
    expect(lines[0]).toBe('The certificate is not in the computer (LocalMachine\\My) store — high confidence (91 %)');
    expect(t).toContain('  1. Import the certificate with its private key into the computer store.');
    expect(t).toContain('       Import-PfxCertificate -FilePath');
    expect(t).toContain('Other possible causes:\n  - The thumbprint carries a hidden character — medium confidence (42 %)');
    expect(t).toContain('  ! The paste contains a private key');
    expect(t).toContain('<https://learn.microsoft.com/');
  });

  it('summarises in one line and says when nothing matched', () => {
    expect(renderSummaryLine(dpmReply())).toBe('The certificate is not in the computer (LocalMachine\\My) store — high confidence (91 %)');
    expect(renderPlainText(emptyReply())).toBe('No known cause matched this input.');
  });

  it('clips with a visible mark', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
  });
});
