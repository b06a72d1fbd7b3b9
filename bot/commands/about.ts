import type { Command } from './command';

export const about: Command = {
  name: 'about',
  description: 'Where my knowledge comes from, and privacy',
  run: ({ knowledge }) => ({
    title: 'About CertSleuth',
    sections: [
      { lines: [`CertSleuth diagnoses Windows certificate and PKI failures from what you paste, across ${knowledge.areas.size} areas (type topics for the list).`] },
      { title: 'Knowledge', lines: [`${knowledge.causes.size} causes, ${knowledge.symptoms.size} symptoms, ${knowledge.codes.size} error codes, ${knowledge.sources.size} cited sources. Every finding links its sources.`] },
      { title: 'Privacy', lines: ['Message text and files are never logged. The evidence of your last few messages is kept in memory for up to an hour; reset forgets it. Do not paste private keys: if you do, treat the key as exposed.'] },
    ],
  }),
};
