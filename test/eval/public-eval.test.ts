// The evaluation harness as floors that only go up. It runs every case through the built
// `certsleuth diagnose --json`, as a user would:
//  - the public cases (../shared/eval/public/cases.jsonl), when the shared folder is beside the repo;
//  - our own real-world cases: test/eval/realworld-cases.jsonl, texts admins paste written from the
//    public sources in the research notes; test/eval/realworld-2-cases.jsonl, 45 more taken from
//    public threads and articles by a reviewer who wrote them before reading the knowledge. Both
//    check over-fitting to the public cases; knowledge fixed for them was fixed generally.
//    realworld-3 and -4 (81 cases) came from two more such reviewers, each source cited per case.
//    realworld-5 (38 cases) reached into products the knowledge lacked (Always On VPN, NPS, Exchange,
//    AD FS, LDAPS, SQL Server): 42 % top-1 when written, and the knowledge added for it is general
//    (whole causes with sources), so its floor says less about over-fitting than the first four.
//    realworld-6 (39 cases, a third German) went back to the core domain (DPM, ConfigMgr PKI and machine
//    keys, NDES/SCEP, CAPI2/revocation, Schannel/store hygiene) with pastes unlike the earlier sets':
//    64 % top-1 / 77 % top-3 when written; the misses were fixed as general knowledge and ranking.
// Raise the floors when the project gets better; never lower them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SCORER = join(ROOT, '..', 'shared', 'eval', 'score.mjs');

function score(args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [SCORER, '--jobs', '2', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  return { status: r.status, out: r.stdout };
}

const haveScorer = existsSync(SCORER);
/** Our own sets: file, what it covers, top-1 floor, top-3 floor. */
const OUR_SETS: [string, string, number, number][] = [
  ['realworld-cases.jsonl', 'written from the research notes\' public sources', 0.9, 1],
  ['realworld-2-cases.jsonl', 'red team, from public threads and articles', 0.95, 1],
  ['realworld-3-cases.jsonl', 'German Windows texts, whole events, certutil output (CA, enrollment, revocation, smart card, RDP/WinRM, stores)', 0.95, 1],
  ['realworld-4-cases.jsonl', 'ConfigMgr, NDES/Intune, IIS, Schannel, .NET, Lync and DPM pastes', 0.95, 1],
  ['realworld-5-cases.jsonl', 'VPN, NPS, Exchange, AD FS, LDAPS, SQL, CRL publishing, code signing', 0.95, 0.95],
  ['realworld-6-cases.jsonl', 'core domain, out of sample when written', 0.95, 1],
];

const percent = (r: number) => `${Math.round(r * 100)} %`;

(haveScorer ? describe : describe.skip)('evaluation floors', () => {
  it('public cases: top-1 ≥ 97 %, top-3 = 100 %', () => {
    const { status, out } = score(['--min-top1', '0.97', '--min-top3', '1']);
    console.log(out);
    expect(status).toBe(0);
  }, 300_000);

  it.each(OUR_SETS.map(([file, what, top1, top3]) => [file, what, percent(top1), percent(top3), top1, top3] as const))(
    '%s (%s): top-1 ≥ %s, top-3 ≥ %s',
    (file, _what, _t1, _t3, top1, top3) => {
      const { status, out } = score(['--cases', join(__dirname, file), '--min-top1', String(top1), '--min-top3', String(top3)]);
      console.log(out);
      expect(status).toBe(0);
    },
    300_000,
  );
});
