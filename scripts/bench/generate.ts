/**
 * Synthetic content for the benchmark: the real content folder (so every page
 * that reads it still builds), plus `size` synthetic listings and one synthetic
 * organisation per ten listings. Every value comes from the real taxonomy; every
 * name says "Synthetic" so that no one mistakes it for a real service.
 * Deterministic: the same size always gives the same files.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  accessRoutes,
  audiences,
  categories,
  costTypes,
  deliveryModes,
  levelsOfNeed,
  serviceAreas,
  specificNeeds,
} from '../../src/schemas/taxonomy.ts';

/** A small seeded generator (mulberry32): reproducible figures across runs and machines. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Term {
  readonly value: string;
  readonly label: string;
}

const words = [
  'Family',
  'Youth',
  'Community',
  'Wellbeing',
  'Support',
  'Parents',
  'Play',
  'Skills',
  'Friends',
  'Carers',
];

export interface GeneratedContent {
  services: number;
  organisations: number;
}

/** Writes the content folder for `size` synthetic listings into `dir` (emptied first). */
export function generateContent(size: number, dir: string, realContentDir = 'content'): GeneratedContent {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(realContentDir, dir, { recursive: true });
  const next = random(size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T extends Term>(list: readonly T[], most: number): string[] => {
    const chosen = new Set<string>();
    const count = 1 + Math.floor(next() * most);
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list).value);
    return [...chosen];
  };
  const yamlList = (values: readonly string[]) => `[${values.join(', ')}]`;
  const pad = (n: number) => String(n).padStart(6, '0');

  const organisationCount = Math.max(1, Math.ceil(size / 10));
  mkdirSync(join(dir, 'organisations'), { recursive: true });
  for (let i = 1; i <= organisationCount; i += 1) {
    writeFileSync(
      join(dir, 'organisations', `synthetic-organisation-${pad(i)}.md`),
      `---
name: Synthetic Organisation ${pad(i)}
kind: voluntary-community
summary: A synthetic organisation made up for the benchmark. It does not exist.
localities: ${yamlList(some(serviceAreas, 2))}
source: Synthetic benchmark data (scripts/bench/generate.ts)
---
Synthetic benchmark organisation ${pad(i)}. Not a real organisation.
`,
    );
  }

  mkdirSync(join(dir, 'services'), { recursive: true });
  for (let i = 1; i <= size; i += 1) {
    const minimumAge = Math.floor(next() * 18);
    const maximumAge = Math.min(25, minimumAge + 1 + Math.floor(next() * 10));
    const name = `Synthetic ${pick(words)} ${pick(words)} Service ${pad(i)}`;
    const cost = pick(costTypes).value;
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const paragraphs = Array.from(
      { length: 2 + Math.floor(next() * 3) },
      () =>
        `This synthetic listing exists only to measure the site at scale. It describes a ${pick(words).toLowerCase()} session with ${pick(words).toLowerCase()} activities, open to the people listed above, in plain words, as a real listing would.`,
    );
    writeFileSync(
      join(dir, 'services', `synthetic-service-${pad(i)}.md`),
      `---
name: ${name}
kind: ${next() < 0.7 ? 'service' : 'community-asset'}
summary: A synthetic listing for the benchmark (number ${String(i)}). It is not a real service; do not contact it.
organisation: synthetic-organisation-${pad(1 + (i % organisationCount))}
categories: ${yamlList(some(categories, 3))}
needs: ${yamlList(some(specificNeeds, 3))}
audiences: ${yamlList(some(audiences, 2))}
minimumAge: ${String(minimumAge)}
maximumAge: ${String(maximumAge)}
levelOfNeed: ${yamlList(some(levelsOfNeed, 2))}
localities: ${yamlList(some(serviceAreas, 2))}
delivery: ${yamlList(some(deliveryModes, 3))}
cost:
  type: ${cost}
applicationProcess: Synthetic listing. In a real listing, this says how to get help, in plain words.
accessRoutes: ${yamlList(some(accessRoutes, 2))}
status: current
assuredDate: 2026-${month}-01
assurerRole: Synthetic benchmark generator
source: Synthetic benchmark data (scripts/bench/generate.ts)
keywords: [synthetic, benchmark]
---
${paragraphs.join('\n\n')}
`,
    );
  }
  return { services: size, organisations: organisationCount };
}
