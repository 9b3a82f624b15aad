/**
 * Synthetic content for the benchmark: the real content folder (so every page
 * that reads it still builds), plus `size` synthetic listings and one synthetic
 * organisation per ten listings. Every value comes from the real taxonomy; every
 * name says "Synthetic" so that no one mistakes it for a real service.
 * Deterministic: the same size always gives the same files.
 *
 * Listings with a place to go (in person or in a group, or a community asset) in a
 * locality with a boundary get one to three venues with coordinates inside one of
 * their stated localities (as the build's content check requires), so the map is
 * measured on the built data.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBoundaries } from '../../src/lib/geo/boundaries.ts';
import { boundsOf, pointInGeometry, type BoundaryCollection, type LatLng } from '../../src/lib/geo/geometry.ts';
import { unboundedAreas } from '../../src/lib/geo/check.ts';
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

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

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

/**
 * Places inside the localities, from their own seeded generator so that adding
 * places leaves every other field of the listings as it was. Real venues gather
 * around high streets and centres, so most points fall near one of a few centres
 * per locality and the rest anywhere in it: the map gets dense clusters and
 * sparse edges, as it would with real data.
 */
export function placeGenerator(
  boundaries: BoundaryCollection,
  seed: number,
  centresPerLocality = 5,
): (locality: string) => LatLng | undefined {
  const next = random(seed);
  const areas = new Map(
    boundaries.features.map((feature) => [
      feature.properties.slug,
      { geometry: feature.geometry, bounds: boundsOf([feature.geometry]) },
    ]),
  );
  // Five decimals (about a metre), as a geocoded address would be; checked after rounding.
  const round5 = (value: number) => Math.round(value * 1e5) / 1e5;
  const inside = (slug: string, point: LatLng) => {
    const area = areas.get(slug);
    return area !== undefined && pointInGeometry(point, area.geometry);
  };
  const uniform = (slug: string): LatLng => {
    const area = areas.get(slug);
    if (!area) throw new Error(`No boundary for ${slug}`);
    const { minLat, maxLat, minLng, maxLng } = area.bounds;
    for (;;) {
      const point = {
        lat: round5(minLat + next() * (maxLat - minLat)),
        lng: round5(minLng + next() * (maxLng - minLng)),
      };
      if (inside(slug, point)) return point;
    }
  };
  const centres = new Map(
    [...areas.keys()].map((slug) => [slug, Array.from({ length: centresPerLocality }, () => uniform(slug))]),
  );
  // About 400 m either way, in degrees.
  const spreadLat = 0.0036;
  const spreadLng = 0.0059;
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return (locality) => {
    const near = centres.get(locality);
    if (!near) return undefined;
    if (next() < 0.3) return uniform(locality);
    const centre = near[Math.floor(next() * near.length)] as LatLng;
    for (let tries = 0; tries < 20; tries++) {
      const point = {
        lat: round5(centre.lat + gaussian() * spreadLat),
        lng: round5(centre.lng + gaussian() * spreadLng),
      };
      if (inside(locality, point)) return point;
    }
    return centre;
  };
}

interface Term {
  readonly value: string;
  readonly label: string;
}

/** Picks from lists with a seeded sequence. */
function drawing(next: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T extends Term>(list: readonly T[], most: number): string[] => {
    const chosen = new Set<string>();
    const count = 1 + Math.floor(next() * most);
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list).value);
    return [...chosen];
  };
  return { pick, some };
}

const yamlList = (values: readonly string[]) => `[${values.join(', ')}]`;
const pad = (n: number) => String(n).padStart(6, '0');

/**
 * A listing planted in large synthetic sites as the known answer to search queries
 * written the way people ask (misspelt, with filler words, acronyms, "near <area>"),
 * so relevance is measured at scale: tests/build/search-relevance-large.test.ts and
 * `npm run bench` check that each listing is in the first five results of its queries.
 */
export interface PlantedAnswer {
  /** Part of the file name: `synthetic-planted-<id>`. */
  id: string;
  /** What the listing is called, after "Synthetic". */
  name: string;
  summary: string;
  categories: string[];
  needs: string[];
  locality: string;
  queries: string[];
}

/** Sites with fewer listings than this get no planted answers. */
export const MIN_SIZE_FOR_PLANTS = 100;

/** The planted answers, from scripts/bench/planted-answers.yaml. */
export const plantedAnswers: PlantedAnswer[] = (
  parse(readFileSync(join(projectRoot, 'scripts/bench/planted-answers.yaml'), 'utf8')) as { plants: PlantedAnswer[] }
).plants;

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

/** One synthetic listing: its file name (without `.md`), its fields as the file has them, and the file. */
export interface SyntheticService {
  id: string;
  name: string;
  summary: string;
  categories: string[];
  needs: string[];
  audiences: string[];
  localities: string[];
  minimumAge: number;
  maximumAge: number;
  cost: string;
  keywords: string[];
  body: string;
  markdown: string;
  /** Set on a listing planted as the answer to search queries (see plantedAnswers). */
  planted?: PlantedAnswer;
}

/**
 * The synthetic listings, drawn from `next` in a fixed order. When the site is large
 * enough, the last listings are planted answers (plantedAnswers): their name, summary,
 * topics, needs and area are those of the plant, so search queries have known answers.
 */
export function* syntheticServices(
  size: number,
  next: () => number,
  organisationCount: number,
): Generator<SyntheticService> {
  const { pick, some } = drawing(next);
  const placeIn = placeGenerator(loadBoundaries(projectRoot), size + 1);
  const nextPlace = random(size + 2);
  const plants = size >= MIN_SIZE_FOR_PLANTS ? plantedAnswers : [];
  for (let i = 1; i <= size; i += 1) {
    const plant = plants[i - (size - plants.length) - 1];
    const minimumAge = Math.floor(next() * 18);
    const maximumAge = Math.min(25, minimumAge + 1 + Math.floor(next() * 10));
    const drawnName = `Synthetic ${pick(words)} ${pick(words)} Service ${pad(i)}`;
    const cost = pick(costTypes).value;
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const paragraphs = Array.from(
      { length: 2 + Math.floor(next() * 3) },
      () =>
        `This synthetic listing exists only to measure the site at scale. It describes a ${pick(words).toLowerCase()} session with ${pick(words).toLowerCase()} activities, open to the people listed above, in plain words, as a real listing would.`,
    );
    // Drawn in the order the fields used to be written, so the listings stay as they were before places.
    const kind = next() < 0.7 ? 'service' : 'community-asset';
    const serviceCategories = some(categories, 3);
    const needs = some(specificNeeds, 3);
    const serviceAudiences = some(audiences, 2);
    const levels = some(levelsOfNeed, 2);
    const localities = some(serviceAreas, 2);
    const delivery = some(deliveryModes, 3);
    const routes = some(accessRoutes, 2);
    const bounded = localities.filter((locality) => !unboundedAreas.includes(locality));
    const hasPlace =
      bounded.length > 0 &&
      (kind === 'community-asset' || delivery.includes('in-person') || delivery.includes('group'));
    const venues = hasPlace ? 1 + Math.floor(nextPlace() * 3) : 0;
    const locations = Array.from({ length: venues }, (_, v) => {
      const point = placeIn(bounded[Math.floor(nextPlace() * bounded.length)] ?? '');
      return point
        ? `
  - name: Synthetic Venue ${pad(i)}${venues > 1 ? `-${String(v + 1)}` : ''}
    latitude: ${String(point.lat)}
    longitude: ${String(point.lng)}`
        : '';
    }).join('');
    // A plant keeps every draw (so the listings after it stay as they were) and replaces what it is about.
    const name = plant ? `Synthetic ${plant.name} ${pad(i)}` : drawnName;
    const summary = plant
      ? `${plant.summary} A synthetic listing for the benchmark; it is not a real service.`
      : `A synthetic listing for the benchmark (number ${String(i)}). It is not a real service; do not contact it.`;
    if (plant) {
      serviceCategories.splice(0, serviceCategories.length, ...plant.categories);
      needs.splice(0, needs.length, ...plant.needs);
      // The plants name Birmingham's localities (their queries do); another area's copy serves them city-wide.
      localities.splice(
        0,
        localities.length,
        serviceAreas.some((term) => term.value === plant.locality) ? plant.locality : 'citywide',
      );
    }
    const located = plant ? '' : locations;
    const id = plant ? `synthetic-planted-${plant.id}` : `synthetic-service-${pad(i)}`;
    const keywords = ['synthetic', 'benchmark'];
    const body = paragraphs.join('\n\n');
    yield {
      id,
      name,
      summary,
      categories: serviceCategories,
      needs,
      audiences: serviceAudiences,
      localities,
      minimumAge,
      maximumAge,
      cost,
      keywords,
      body,
      ...(plant ? { planted: plant } : {}),
      markdown: `---
name: ${name}
kind: ${kind}
summary: ${summary}
organisation: synthetic-organisation-${pad(1 + (i % organisationCount))}
categories: ${yamlList(serviceCategories)}
needs: ${yamlList(needs)}
audiences: ${yamlList(serviceAudiences)}
minimumAge: ${String(minimumAge)}
maximumAge: ${String(maximumAge)}
levelOfNeed: ${yamlList(levels)}
localities: ${yamlList(localities)}
delivery: ${yamlList(delivery)}${located ? `\nlocations:${located}` : ''}
cost:
  type: ${cost}
applicationProcess: Synthetic listing. In a real listing, this says how to get help, in plain words.
accessRoutes: ${yamlList(routes)}
status: current
assuredDate: 2026-${month}-01
assurerRole: Synthetic benchmark generator
source: Synthetic benchmark data (scripts/bench/generate.ts)
keywords: ${yamlList(keywords)}
---
${paragraphs.join('\n\n')}
`,
    };
  }
}

export interface GeneratedContent {
  services: number;
  organisations: number;
}

/** The synthetic organisations' files, by file name (without `.md`), drawn from `next`. */
function* syntheticOrganisations(count: number, next: () => number): Generator<[string, string]> {
  const { some } = drawing(next);
  for (let i = 1; i <= count; i += 1) {
    yield [
      `synthetic-organisation-${pad(i)}`,
      `---
name: Synthetic Organisation ${pad(i)}
kind: voluntary-community
summary: A synthetic organisation made up for the benchmark. It does not exist.
localities: ${yamlList(some(serviceAreas, 2))}
source: Synthetic benchmark data (scripts/bench/generate.ts)
---
Synthetic benchmark organisation ${pad(i)}. Not a real organisation.
`,
    ];
  }
}

const organisationsFor = (size: number) => Math.max(1, Math.ceil(size / 10));

/** The synthetic listings of a site of `size`, exactly as generateContent writes them. */
export function* syntheticListings(size: number): Generator<SyntheticService> {
  const next = random(size);
  // The organisations are drawn first from the same sequence.
  for (const organisation of syntheticOrganisations(organisationsFor(size), next)) void organisation;
  yield* syntheticServices(size, next, organisationsFor(size));
}

/** Writes the content folder for `size` synthetic listings into `dir` (emptied first). */
export function generateContent(size: number, dir: string, realContentDir = 'content'): GeneratedContent {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(realContentDir, dir, { recursive: true });
  const next = random(size);
  const organisationCount = organisationsFor(size);
  mkdirSync(join(dir, 'organisations'), { recursive: true });
  for (const [id, markdown] of syntheticOrganisations(organisationCount, next)) {
    writeFileSync(join(dir, 'organisations', `${id}.md`), markdown);
  }
  mkdirSync(join(dir, 'services'), { recursive: true });
  for (const listing of syntheticServices(size, next, organisationCount)) {
    writeFileSync(join(dir, 'services', `${listing.id}.md`), listing.markdown);
  }
  return { services: size, organisations: organisationCount };
}
