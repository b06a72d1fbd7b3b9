// Attachment downloads, safely. A chat message can name any URL; the bot only fetches from hosts
// known for its channel, over HTTPS, at most 10 MB within 10 s, following redirects only while they
// stay on the list, and it sends a credential only to the host that credential belongs to: the Bot
// Framework token to smba.trafficmanager.net, the Slack bot token to files.slack.com, nothing to the
// pre-authorised Teams downloadUrl. (teams-ai's downloader sends the bot token to any https URL —
// the mistake this module exists to avoid.) Never throws and never logs content.

export type Credential = 'none' | 'bot' | 'slack';

export interface HostRule {
  /** The host itself or any subdomain of it. */
  suffix: string;
  /** The one credential this host may receive. */
  credential: Credential;
}

export interface DownloadPolicy {
  rules: HostRule[];
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /** TEST ONLY: plain http to 127.0.0.1/localhost, with whatever credential the caller asked for. */
  allowLoopbackHttp: boolean;
}

/** Where Teams files and pasted images come from. */
export const TEAMS_HOSTS: HostRule[] = [
  { suffix: 'sharepoint.com', credential: 'none' },
  { suffix: 'sharepoint-df.com', credential: 'none' },
  // Sovereign clouds: GCC High / DoD, and 21Vianet.
  { suffix: 'sharepoint.us', credential: 'none' },
  { suffix: 'sharepoint-mil.us', credential: 'none' },
  { suffix: 'sharepoint.cn', credential: 'none' },
  { suffix: 'microsoft.com', credential: 'none' },
  { suffix: 'smba.trafficmanager.net', credential: 'bot' },
];

export const SLACK_HOSTS: HostRule[] = [{ suffix: 'files.slack.com', credential: 'slack' }];

export function downloadPolicy(rules: HostRule[], allowLoopbackHttp = false): DownloadPolicy {
  return { rules, maxBytes: 10 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 3, allowLoopbackHttp };
}

export interface Tokens {
  bot?: () => Promise<string>;
  slack?: string;
}

export type Download = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The credential a URL may receive under the policy, or why it may not be fetched at all. */
export function checkUrl(raw: string, policy: DownloadPolicy, want: Credential): { ok: true; url: URL; credential: Credential } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'the link is not a valid URL' };
  }
  if (policy.allowLoopbackHttp && LOOPBACK.has(url.hostname) && (url.protocol === 'http:' || url.protocol === 'https:')) {
    return { ok: true, url, credential: want };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'only https links are fetched' };
  if (url.username || url.password) return { ok: false, reason: 'links with credentials are not fetched' };
  const host = url.hostname.toLowerCase();
  const rule = policy.rules.find((r) => host === r.suffix || host.endsWith('.' + r.suffix));
  if (!rule) return { ok: false, reason: `${host} is not a file host this channel uses` };
  return { ok: true, url, credential: rule.credential === want ? want : 'none' };
}

function fromDataUrl(raw: string, maxBytes: number): Download {
  const m = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(raw);
  if (!m) return { ok: false, reason: 'the inline file could not be read' };
  const bytes = m[2] ? Buffer.from(m[3], 'base64') : Buffer.from(decodeURIComponent(m[3]), 'utf8');
  if (bytes.length > maxBytes) return { ok: false, reason: `the file is larger than ${Math.round(maxBytes / 1048576)} MB` };
  return { ok: true, bytes: new Uint8Array(bytes) };
}

async function readCapped(res: Response, maxBytes: number): Promise<Download> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return { ok: false, reason: `the file is larger than ${Math.round(maxBytes / 1048576)} MB` };
  if (!res.body) return { ok: true, bytes: new Uint8Array() };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: `the file is larger than ${Math.round(maxBytes / 1048576)} MB` };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks)) };
}

/**
 * Fetches one attachment under the policy. `want` is the credential the caller intends to use for this
 * kind of attachment; it is sent only on hops whose host owns that credential.
 */
export async function download(raw: string, policy: DownloadPolicy, want: Credential, tokens: Tokens = {}): Promise<Download> {
  if (raw.startsWith('data:')) return fromDataUrl(raw, policy.maxBytes);
  const signal = AbortSignal.timeout(policy.timeoutMs);
  let next = raw;
  try {
    for (let hop = 0; hop <= policy.maxRedirects; hop++) {
      const checked = checkUrl(next, policy, want);
      if (!checked.ok) return hop === 0 ? checked : { ok: false, reason: `the download was redirected off the allowed hosts (${checked.reason})` };
      const headers: Record<string, string> = {};
      if (checked.credential === 'bot' && tokens.bot) headers.authorization = `Bearer ${await tokens.bot()}`;
      if (checked.credential === 'slack' && tokens.slack) headers.authorization = `Bearer ${tokens.slack}`;
      const res = await fetch(checked.url, { headers, redirect: 'manual', signal });
      if (res.status >= 300 && res.status < 400) {
        const location = res.headers.get('location');
        await res.body?.cancel().catch(() => undefined);
        if (!location) return { ok: false, reason: `the file host answered ${res.status} without a location` };
        next = new URL(location, checked.url).toString();
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        return { ok: false, reason: `the file host answered ${res.status}` };
      }
      return await readCapped(res, policy.maxBytes);
    }
    return { ok: false, reason: 'too many redirects' };
  } catch (err) {
    const name = (err as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, reason: `the download took longer than ${policy.timeoutMs / 1000} s` };
    return { ok: false, reason: 'the file could not be downloaded' };
  }
}
