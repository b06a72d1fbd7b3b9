// Validates an Adaptive Card the way a client would: the official `adaptivecards` renderer parses it
// (unknown element types, bad property values and version mismatches are reported as events), then
// structural checks the renderer does not make (toggle targets exist, 1.5 at most, size).
// No Adaptive Card JSON schema ships in node_modules, so the reference parser is the next best judge.
const AC = require('adaptivecards/dist/adaptivecards.js');

export function adaptiveCardProblems(card: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (card.type !== 'AdaptiveCard') problems.push('type is not AdaptiveCard');
  if (!['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'].includes(String(card.version))) problems.push(`version ${String(card.version)} is not ≤ 1.5`);
  const parsed = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext();
  ctx.targetVersion = AC.Versions.v1_5;
  parsed.parse(card, ctx);
  for (let i = 0; i < ctx.eventCount; i++) problems.push(`parse: ${ctx.getEventAt(i).message}`);
  for (const e of parsed.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);
  const ids = new Set<string>();
  const targets: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.id === 'string') ids.add(o.id);
    if (o.type === 'Action.ToggleVisibility') for (const t of (o.targetElements as unknown[]) ?? []) targets.push(typeof t === 'string' ? t : String((t as { elementId: string }).elementId));
    if (o.type === 'TextBlock' && (typeof o.text !== 'string' || o.text.length === 0)) problems.push('TextBlock without text');
    Object.values(o).forEach(walk);
  };
  walk(card);
  for (const t of targets) if (!ids.has(t)) problems.push(`toggle target ${t} does not exist`);
  return problems;
}
