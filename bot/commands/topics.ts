import type { Command } from './command';

export const topics: Command = {
  name: 'topics',
  description: 'The areas I know',
  run: ({ knowledge }) => {
    const perArea = new Map<string, number>();
    for (const c of knowledge.causes.values()) perArea.set(c.area, (perArea.get(c.area) ?? 0) + 1);
    const lines = [...knowledge.areas.entries()]
      .filter(([area]) => (perArea.get(area) ?? 0) > 0)
      .map(([area, title]) => `${title} — ${perArea.get(area)} causes`);
    const flows = [...knowledge.flows.values()].map((f) => `guide ${f.aliases[0] ?? f.id} — ${f.title}`);
    return {
      title: 'Topics',
      sections: [
        { lines: lines.length ? lines : ['The knowledge base is empty.'] },
        ...(flows.length ? [{ title: 'Guided checklists', lines: flows }] : []),
      ],
    };
  },
};
