import { findEvents } from './events.ts';
import { findOrganizations } from './organizations.ts';
import { sentencesOf } from './test-helpers.ts';

const { sentences, ctx } = sentencesOf(process.argv[2] as string);
for (const s of sentences)
  console.log(
    JSON.stringify(s.norm),
    s.lead,
    findEvents(s, findOrganizations(s, ctx), []).map((e) => `${e.title} [${e.from},${e.to}]`),
  );
