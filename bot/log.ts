// Structured logging for the bot: one JSON line per event on stderr. It takes named fields only, so
// message text and attachment content have no way in; errors are reduced to their name and stack
// frames, because an error message can quote the input that caused it.

export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Log {
  info(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return typeof err;
  const frames = (err.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 6).map((l) => l.trim());
  return [err.name, ...frames].join(' | ');
}

export function jsonLog(write: (line: string) => void = (l) => process.stderr.write(l + '\n')): Log {
  const emit = (level: string, event: string, fields: LogFields = {}) => write(JSON.stringify({ t: new Date().toISOString(), level, event, ...fields }));
  return { info: (e, f) => emit('info', e, f), error: (e, f) => emit('error', e, f) };
}

export const silentLog: Log = { info: () => undefined, error: () => undefined };
