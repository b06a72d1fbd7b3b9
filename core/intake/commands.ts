// Command lines: PowerShell cmdlets and scripts (Set-DPMCredentials …, Attach-ProductionServerWithCertificate.ps1 …),
// DPM and Windows tools (SetDpmServer, certutil, netsh, reg, netstat, …), with their parameters.
// Seed 000 writes dashes as "–": –, — and − are taken as "-". A command is only taken when it looks
// typed: after a prompt, alone on its line, or followed by a parameter — prose that names a cmdlet
// ("Attach-ProductionServerWithCertificate fails and …") is left to the mention reader.
import type { CommandEvidence } from '../model/evidence';
import { at, type ReadContext } from './context';

const PROMPT = /^[ \t]*(?:PS [^>\r\n]{0,200}>[ \t]*|[A-Za-z]:\\[^>\r\n]{0,200}>[ \t]*|\$[ \t]+|>[ \t]*)?/;
const CMDLET = /^(?:\.\\|&[ \t]*)?["']?((?:[A-Za-z]:)?(?:[\w.\- ]{0,80}\\)*[A-Za-z]{2,20}-[A-Za-z][\w]{1,80}(?:\.ps1)?)["']?(?=$|[ \t|;])/;
const TOOL = /^(?:\.\\)?((?:[A-Za-z]:)?(?:[\w.\- ]{0,80}\\)*(?:certutil|netsh|reg|netstat|setdpmserver|wevtutil|iisreset|ccmsetup|sc|net|telnet|test-netconnection|certreq|certlm\.msc|gpupdate|icacls|schtasks|dpmsync|w32tm|nltest|setspn|klist|winrm)(?:\.exe)?)(?=$|[ \t|;])/i;
/** certutil switches that modify the verb rather than being it. */
const CERTUTIL_MODIFIERS = new Set(['v', 'f', 'user', 'enterprise', 'silent', 'split', 'p', 'urlfetch', 'service', 'gmt', 'seconds', 'q', 'unicode', 'utf8', 'config', 'restrict', 'out', 'privatekey', 'pin', 'csp', 't', 'sid']);
const CMD_SUBCOMMANDS = /^(?:add|query|delete|export|import|copy|save|load|advfirewall|firewall|trace|http|winhttp|interface|int|start|stop|config|qc|show|set|user)$/i;
const DASH = /^[-\u2013\u2014\u2212]/;
/** PowerShell verbs (Get-Verb) plus DPM's own (Attach-…): "Self-signed" or "Non-root" alone on a line are not cmdlets. */
const VERBS = new Set(
  'add approve assert attach backup block build checkpoint clear close compare complete compress confirm connect convert convertfrom convertto copy debug deny deploy disable disconnect dismount edit enable enter exit expand export find format get grant group hide import initialize install invoke join limit lock measure merge mount move new open optimize out ping pop protect publish push read receive redo register remove rename repair request reset resize resolve restart restore resume revoke save search select send set show skip split start step stop submit suspend switch sync test trace unblock undo uninstall unlock unprotect unpublish unregister update use wait watch where write'.split(' '),
);

export function canonicalName(name: string): string {
  return name
    .replace(/^.*\\/, '')
    .replace(/\.(?:exe|ps1|cmd|bat|msc)$/i, '')
    .toLowerCase();
}

/** Splits arguments, honouring "…", '…' and typographic quotes. */
export function splitArgs(s: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"?|'([^']*)'?|[\u201c\u201e]([^\u201c\u201d\u201e]*)[\u201d\u201c]?|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) out.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return out;
}

function paramsOf(canonical: string, args: string[], slashParams: boolean): Record<string, string> {
  const params: Record<string, string> = {};
  const positional: string[] = [];
  const isParam = (a: string) => (DASH.test(a) && /^[-\u2013\u2014\u2212][A-Za-z?]/.test(a)) || (slashParams && /^\/[A-Za-z?]/.test(a));
  if (canonical === 'certutil') {
    let verb: string | undefined;
    for (const a of args) {
      if (isParam(a)) {
        const name = a.slice(1).toLowerCase();
        params[name] = '';
        if (!CERTUTIL_MODIFIERS.has(name) && !verb) verb = name;
      } else if (verb) params[verb] = params[verb] ? `${params[verb]} ${a}` : a;
      else positional.push(a);
    }
  } else {
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (isParam(a)) {
        let name = a.slice(1);
        let value: string | undefined;
        const colon = name.indexOf(':');
        if (colon > 0 && !slashParams) {
          value = name.slice(colon + 1);
          name = name.slice(0, colon);
        } else if (slashParams && colon > 0) {
          value = name.slice(colon + 1);
          name = name.slice(0, colon);
        }
        if (value === undefined && i + 1 < args.length && !isParam(args[i + 1])) value = args[++i];
        params[name.toLowerCase()] = value ?? '';
      } else positional.push(a);
    }
  }
  if (positional.length) params._ = positional.join(' ');
  return params;
}

export function readCommands(ctx: ReadContext): CommandEvidence[] {
  const { text, lines } = ctx;
  const out: CommandEvidence[] = [];
  for (let i = 0; i < lines.length && out.length < 500; i++) {
    const line = lines[i];
    if (line.end - line.start > 4000) continue;
    const s = text.slice(line.start, line.end);
    const prompt = PROMPT.exec(s)!;
    const hadPrompt = prompt[0].trim().length > 0;
    const rest = s.slice(prompt[0].length);
    const m = CMDLET.exec(rest) ?? TOOL.exec(rest);
    if (!m) continue;
    const name = m[1].trim();
    const canonical = canonicalName(name);
    const isCmdlet = !TOOL.test(rest);
    if (isCmdlet && !/\.ps1$/i.test(name) && !VERBS.has(canonical.split('-')[0])) continue;
    const slashParams = TOOL.test(rest) && !/-/.test(canonical);
    let argText = rest.slice(m[0].length);
    // Up to the first pipe: Where-Object / Format-List after it are not this command's parameters.
    const pipe = argText.search(/[|;]/);
    const tail = pipe >= 0 ? argText.slice(pipe) : '';
    if (pipe >= 0) argText = argText.slice(0, pipe);
    let end = line.end;
    // Continuations: a trailing backtick, or the next line (after at most one blank) starting with a parameter.
    let k = i;
    while (k + 1 < lines.length && !tail) {
      const cur = text.slice(lines[k].start, lines[k].end);
      const n1 = text.slice(lines[k + 1].start, Math.min(lines[k + 1].end, lines[k + 1].start + 4000));
      const n2 = k + 2 < lines.length ? text.slice(lines[k + 2].start, Math.min(lines[k + 2].end, lines[k + 2].start + 4000)) : '';
      if (/`\s*$/.test(cur) || /^\s*[-\u2013\u2014][A-Za-z]\w*(?:\s|$)/.test(n1)) {
        argText = `${argText.replace(/`\s*$/, '')} ${n1}`;
        end = lines[k + 1].end;
        k++;
      } else if (!n1.trim() && /^\s*[-\u2013\u2014][A-Za-z]\w*\s+\S/.test(n2) && !/^\s*[-\u2013\u2014]{2}/.test(n2)) {
        argText = `${argText} ${n2}`;
        end = lines[k + 2].end;
        k += 2;
      } else break;
    }
    const args = splitArgs(argText);
    const firstArg = args[0];
    // A name alone on its line is a heading or a mention ("SetDPMServer" above a paragraph), unless
    // it sits after a prompt or feeds a pipe.
    const typed =
      hadPrompt ||
      (args.length === 0 && !!tail) ||
      (firstArg !== undefined && (DASH.test(firstArg) || (slashParams && firstArg.startsWith('/')))) ||
      (slashParams && firstArg !== undefined && CMD_SUBCOMMANDS.test(firstArg)) ||
      (firstArg !== undefined && /^cert:/i.test(firstArg));
    if (!typed || (args.length === 0 && !hadPrompt && /\s:\s/.test(rest))) continue;
    // "Set-DPMCredentials : Unable to find …" is an error record, not a command.
    if (/^\s+:\s/.test(rest.slice(m[0].length))) continue;
    out.push({ kind: 'command', ...at(ctx, line.start + prompt[0].length, end), name, canonical, params: paramsOf(canonical, args, slashParams) });
    i = k;
  }
  return out;
}
