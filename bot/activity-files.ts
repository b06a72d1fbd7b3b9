// Which attachments of an incoming activity are evidence, and how each is fetched. Teams files come
// as file.download.info with a pre-authorised downloadUrl (no token); pasted images are not analysed;
// the playground sends files inline as data: URLs; Azure's Slack channel passes Slack file links,
// readable with the Slack token it injects in channelData.ApiToken.
import type { Activity, Attachment } from 'botbuilder';
import type { Input } from '../core';
import { download, downloadPolicy, SLACK_HOSTS, TEAMS_HOSTS, type Credential, type DownloadPolicy } from './attachments';

export const TEAMS_FILE_CONTENT_TYPE = 'application/vnd.microsoft.teams.file.download.info';
const MAX_FILES = 5;

export interface ActivityFiles {
  files: Input[];
  notes: string[];
}

interface Planned {
  name: string;
  url: string;
  want: Credential;
}

function plan(att: Attachment, channelId: string): Planned | { note: string } | undefined {
  const type = (att.contentType ?? '').toLowerCase();
  if (type === TEAMS_FILE_CONTENT_TYPE) {
    const content = (att.content ?? {}) as { downloadUrl?: string };
    if (!content.downloadUrl) return { note: `I could not open ${att.name ?? 'the file'}: Teams sent no download link.` };
    return { name: att.name ?? 'file', url: content.downloadUrl, want: 'none' };
  }
  if (type.startsWith('image/')) return { note: 'Images are not analysed: paste the error text, or attach the log or certificate file instead of a screenshot.' };
  if (type === 'text/html' || type.startsWith('application/vnd.microsoft.card') || type.startsWith('application/vnd.microsoft.teams.card')) return undefined;
  if (!att.contentUrl) return undefined;
  return { name: att.name ?? 'file', url: att.contentUrl, want: channelId === 'slack' ? 'slack' : 'none' };
}

export function policyForChannel(channelId: string, testAllowLoopback: boolean): DownloadPolicy {
  return downloadPolicy(channelId === 'slack' ? SLACK_HOSTS : TEAMS_HOSTS, testAllowLoopback);
}

/** Downloads the activity's file attachments under the channel's policy; problems become notes, never errors. */
export async function readActivityFiles(activity: Partial<Activity>, testAllowLoopback: boolean): Promise<ActivityFiles> {
  const channelId = activity.channelId ?? '';
  const policy = policyForChannel(channelId, testAllowLoopback);
  const slackToken = (activity.channelData as { ApiToken?: string } | undefined)?.ApiToken;
  const out: ActivityFiles = { files: [], notes: [] };
  const planned: Planned[] = [];
  for (const att of activity.attachments ?? []) {
    const p = plan(att, channelId);
    if (!p) continue;
    if ('note' in p) {
      if (!out.notes.includes(p.note)) out.notes.push(p.note);
    } else planned.push(p);
  }
  if (planned.length > MAX_FILES) out.notes.push(`I read the first ${MAX_FILES} files of the ${planned.length} attached.`);
  const results = await Promise.all(planned.slice(0, MAX_FILES).map((p) => download(p.url, policy, p.want, { slack: slackToken })));
  results.forEach((r, i) => {
    const name = planned[i].name;
    if (r.ok) out.files.push({ name, content: r.bytes });
    else out.notes.push(`I did not read ${name}: ${r.reason}.`);
  });
  return out;
}
