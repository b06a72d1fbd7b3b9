import type { Command } from './command';
import type { Knowledge } from '../../core';

function findFlow(knowledge: Knowledge, argument: string) {
  const want = argument.trim().toLowerCase();
  if (!want) return undefined;
  return [...knowledge.flows.values()].find(
    (f) => f.id.toLowerCase() === want || f.aliases.some((a) => a.toLowerCase() === want || a.toLowerCase().includes(want)) || f.title.toLowerCase().includes(want),
  );
}

export const guide: Command = {
  name: 'guide',
  description: 'A step-by-step troubleshooting checklist (guide scep)',
  run: ({ knowledge, argument }) => {
    const flow = findFlow(knowledge, argument);
    if (!flow) {
      const names = [...knowledge.flows.values()].map((f) => `guide ${f.aliases[0] ?? f.id} — ${f.title}`);
      return { title: 'Guided checklists', sections: [{ lines: names.length ? names : ['No guided checklists are available yet.'] }] };
    }
    return {
      title: flow.title,
      sections: [
        { lines: [flow.summary] },
        ...flow.steps.map((s, i) => ({
          // Flow step titles may carry their own number ("1 · Device sync").
          title: /^\d/.test(s.title) ? s.title : `${i + 1}. ${s.title}`,
          lines: [s.prompt, ...(s.location ? [`Where: ${s.location}`] : []), ...(s.command ? [`Run: ${s.command}`] : []), `Healthy: ${s.healthy}`],
        })),
        { lines: ['Paste what each step asks for and I will point at the faulty hop.'] },
      ],
    };
  },
};
