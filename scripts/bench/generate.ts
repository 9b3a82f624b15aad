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
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

export const plantedAnswers: PlantedAnswer[] = [
  {
    id: 'speech-therapy',
    name: 'Speech and Language Therapy Clinic',
    summary: 'Speech and language therapy for children who find talking or understanding hard.',
    categories: ['send-disability', 'health'],
    needs: ['learning-disability'],
    locality: 'erdington',
    queries: ['speech therapy near Erdington', 'SALT'],
  },
  {
    id: 'autism-parents',
    name: 'Autism Parent Group',
    summary: 'A monthly group for parents and carers of autistic children, with or without a diagnosis.',
    categories: ['autism-adhd', 'parenting'],
    needs: ['autism'],
    locality: 'hall-green',
    queries: ['autisim parent group', 'support for my autistic son in Hall Green'],
  },
  {
    id: 'money-advice',
    name: 'Money Advice Drop-in',
    summary: 'Free advice on debt, benefits and money worries for families.',
    categories: ['money-food-essentials'],
    needs: ['poverty-debt'],
    locality: 'yardley',
    queries: ['help with money near Yardley', 'debt advice'],
  },
  {
    id: 'equipment',
    name: 'Physical Disability Equipment Loan',
    summary: 'Wheelchairs, hoists and other equipment on loan for physically disabled children at home.',
    categories: ['send-disability'],
    needs: ['physical-disability'],
    locality: 'citywide',
    queries: ['wheelchair', 'equipment for my disabled child'],
  },
  {
    id: 'reading-club',
    name: 'Dyslexia Reading Club',
    summary: 'Reading and spelling help for children with dyslexia and other special educational needs.',
    categories: ['education-schools', 'send-disability'],
    needs: ['learning-disability'],
    locality: 'ladywood',
    queries: ['dyslexia', 'dyslexic reading help Ladywood'],
  },
  {
    id: 'bullying',
    name: 'Bullying Support Line',
    summary: 'Someone to talk to about bullying at school or online.',
    categories: ['mental-health-wellbeing'],
    needs: ['bullying'],
    locality: 'online',
    queries: ['my child is being bullied', 'cyberbullying'],
  },
  {
    id: 'food-bank',
    name: 'Food Bank',
    summary: 'Food parcels for families who cannot afford food this week.',
    categories: ['money-food-essentials'],
    needs: ['food-poverty'],
    locality: 'northfield',
    queries: ['foodbank near Northfield', 'where can I get a food parcel in Northfield'],
  },
  {
    id: 'young-carers',
    name: 'Young Carers Club',
    summary: 'A weekly club for young carers who look after a parent, brother or sister.',
    categories: ['carers'],
    needs: ['caring-responsibilities'],
    locality: 'perry-barr',
    queries: ['young carers Perry Barr', 'caring for a parent'],
  },
  {
    id: 'bereavement',
    name: 'Bereavement Counselling Service',
    summary: 'Counselling for children and families after someone has died.',
    categories: ['mental-health-wellbeing'],
    needs: ['bereavement'],
    locality: 'selly-oak',
    queries: ['bereavment counselling', 'grief support Selly Oak'],
  },
  {
    id: 'ehc-plans',
    name: 'EHC Plan Advice Service',
    summary: 'Advice on asking for an education, health and care needs assessment and on EHC plans.',
    categories: ['send-disability', 'education-schools'],
    needs: ['learning-disability'],
    locality: 'citywide',
    queries: ['EHCP help', 'education health and care plan advice'],
  },
  {
    id: 'domestic-abuse',
    name: 'Domestic Abuse Outreach',
    summary: 'Safe, confidential support for parents living with domestic abuse.',
    categories: ['domestic-abuse'],
    needs: ['domestic-abuse'],
    locality: 'sutton-coldfield',
    queries: ['domestic violence Sutton Coldfield', 'DV outreach'],
  },
  {
    id: 'short-breaks',
    name: 'Short Breaks Holiday Scheme',
    summary: 'Short breaks in the school holidays for disabled children, so their families get a rest.',
    categories: ['send-disability', 'carers'],
    needs: ['physical-disability'],
    locality: 'hodge-hill',
    queries: ['respite for disabled children in Hodge Hill', 'short breaks Hodge Hill'],
  },
  {
    id: 'transition',
    name: 'Preparing for Adulthood Transition Service',
    summary: 'Help for disabled young people and their families as they turn 18 and move to adult services.',
    categories: ['preparing-for-adulthood'],
    needs: ['learning-disability'],
    locality: 'edgbaston',
    queries: ['PfA Edgbaston', 'preparing for adulthood transition'],
  },
  {
    id: 'adhd',
    name: 'ADHD Parent Workshop',
    summary: 'Workshops for parents of children with ADHD, about routines, sleep and school.',
    categories: ['autism-adhd', 'parenting'],
    needs: ['adhd'],
    locality: 'citywide',
    queries: ['ADHD workshop', 'attention deficit parent workshop'],
  },
  {
    id: 'senco-network',
    name: 'SENCO Network',
    summary: 'A network where school SENCOs share practice on special educational needs.',
    categories: ['education-schools'],
    needs: ['learning-disability'],
    locality: 'citywide',
    queries: ['SENCO network', 'special educational needs coordinator network'],
  },
  {
    id: 'anxiety',
    name: 'Anxiety Group for Teenagers',
    summary: 'A group for teenagers who feel anxious or worried, run by trained youth workers.',
    categories: ['mental-health-wellbeing'],
    needs: ['anxiety'],
    locality: 'hall-green',
    queries: ['anxeity group', 'teenager anxiety group in Hall Green'],
  },
  {
    id: 'homelessness',
    name: 'Homelessness Advice Service',
    summary: 'Advice for families who are homeless or about to lose their home.',
    categories: ['housing-homelessness'],
    needs: ['homelessness'],
    locality: 'ladywood',
    queries: ['homeless Ladywood', 'we are being evicted'],
  },
  {
    id: 'youth-club',
    name: 'Youth Club',
    summary: 'An evening youth club with sport, music and games.',
    categories: ['community-activities'],
    needs: ['youth-crime'],
    locality: 'erdington',
    queries: ['youth club Kingstanding', 'youth center Erdington'],
  },
  {
    id: 'counselling',
    name: 'Counselling for Young People',
    summary: 'Free counselling sessions for young people aged 11 to 18.',
    categories: ['mental-health-wellbeing'],
    needs: ['mental-health'],
    locality: 'northfield',
    queries: ['counseling for teens near Northfield', 'talking therapy Northfield'],
  },
  {
    id: 'camhs-waiting',
    name: 'CAMHS Waiting List Support',
    summary: 'Support for children and families while they wait for CAMHS, the mental health service.',
    categories: ['mental-health-wellbeing'],
    needs: ['mental-health'],
    locality: 'citywide',
    queries: ['CAMHS waiting list', 'waiting for camhs'],
  },
];

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
      localities.splice(0, localities.length, plant.locality);
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
