import { describe, expect, it } from 'vitest';
import { foldQuery, understandQuery } from '../../src/lib/search/query/understand.ts';
import { buildLexicon } from '../../src/lib/search/query/lexicon.ts';
import { englishFillers, englishPlaceWords } from '../../src/lib/search/query/english.ts';
import {
  closestWord,
  corrections,
  editDistance,
  vocabularyKey,
  type VocabularyLoader,
} from '../../src/lib/search/query/spelling.ts';
import { nearestTopics } from '../../src/lib/search/query/topics.ts';
import { placeAsFilter } from '../../src/lib/search/query/place.ts';
import { VocabularyCounter, indexedText } from '../../src/lib/search/query/vocabulary.ts';
import { runQuery } from '../../src/lib/search/query/run.ts';
import { emptyState } from '../../src/lib/search/state.ts';
import type { Pagefind, PagefindResult } from '../../src/lib/search/pagefind-api.ts';

const lexicon = buildLexicon({
  language: 'en',
  fillers: englishFillers,
  placeWords: englishPlaceWords,
  groups: [
    { term: 'autism', alternatives: ['autistic', 'ASD', 'autism spectrum'] },
    { term: 'early help', alternatives: ['family support'] },
    { term: 'SEND', alternatives: ['special educational needs'], related: ['dyslexia'] },
    { term: 'money', alternatives: ['debt'] },
  ],
  localities: [
    { value: 'erdington', label: 'Erdington', otherNames: ['Kingstanding', 'Stockland Green'] },
    { value: 'hall-green', label: 'Hall Green', otherNames: ['Moseley and Kings Heath'] },
  ],
  topics: [
    {
      terms: [
        { value: 'autism-adhd', label: 'Autism and ADHD', description: 'Autistic children and young people.' },
        { value: 'money-food-essentials', label: 'Money, food and essentials', description: 'Debt and food.' },
      ],
      href: (value) => `/services/category/${value}/`,
    },
  ],
});

describe('query understanding', () => {
  it('drops filler words and keeps what the query is about', () => {
    expect(understandQuery('Help with money', lexicon).concepts).toEqual(['money']);
    expect(understandQuery('Where can I get support for my child?', lexicon).concepts).toEqual([
      'where can i get support for my child',
    ]);
    expect(understandQuery('I need a food bank for my kids', lexicon).concepts).toEqual(['food', 'bank']);
  });

  it('reads a synonym as one concept, searched as typed and as its group term, before fillers are dropped', () => {
    const understood = understandQuery('support for my autism spectrum son', lexicon);
    expect(understood.concepts).toEqual(['autism spectrum']);
    expect(understood.broader).toEqual({ 'autism spectrum': 'autism' });
    expect(understood.expanded).toEqual([{ from: 'autism spectrum', to: 'autism' }]);
    // "support" is a filler, but not inside "family support".
    expect(understandQuery('family support', lexicon).concepts).toEqual(['family support']);
    expect(understandQuery('autism', lexicon).broader).toEqual({});
    // A related word too.
    const related = understandQuery('help with dyslexia', lexicon);
    expect(related.concepts).toEqual(['dyslexia']);
    expect(related.broader).toEqual({ dyslexia: 'send' });
  });

  it('turns a place into the locality, with its "near" or "in"', () => {
    const understood = understandQuery('autism near Kingstanding', lexicon);
    expect(understood.place).toMatchObject({ locality: 'erdington', typed: 'kingstanding' });
    expect(understood.concepts).toEqual(['autism']);
    expect(understood.withoutPlace).toBe('autism');
    expect(understandQuery('debt advice in Kings Heath', lexicon).place?.locality).toBe('hall-green');
  });

  it('searches a place alone by its name, and a query of fillers alone as typed', () => {
    expect(understandQuery('Hall Green', lexicon).concepts).toEqual(['hall green']);
    expect(understandQuery('help', lexicon).concepts).toEqual(['help']);
  });

  it('folds case, apostrophes and punctuation', () => {
    expect(foldQuery('  Children’s  Social-Care?! ')).toBe("children's social care");
  });
});

describe('queries in other scripts', () => {
  const words = {
    urdu: 'آٹزم',
    urduJoined: 'توجہ کی کمی',
    arabic: 'التوحد',
    bengali: 'অটিজম',
    bengaliDisability: 'প্রতিবন্ধিতা',
    // A zero-width non-joiner inside a Persian-script word is part of the word.
    withJoiner: 'می\u200cخواهم',
  };
  const scripts = buildLexicon({
    language: 'ur',
    fillers: englishFillers,
    placeWords: englishPlaceWords,
    groups: [{ term: 'autism', alternatives: [words.urdu, words.arabic, words.bengali] }],
    localities: [],
    topics: [],
  });

  it('keeps every letter and combining mark of a word', () => {
    for (const word of Object.values(words)) expect(foldQuery(word)).toBe(word);
    expect(foldQuery(`${words.bengali}، ${words.arabic}؟`)).toBe(`${words.bengali} ${words.arabic}`);
  });

  it('reads a word typed in decomposed form as the composed word', () => {
    expect(words.urdu.normalize('NFD')).not.toBe(words.urdu);
    expect(foldQuery(words.urdu.normalize('NFD'))).toBe(words.urdu);
  });

  it('reads a word of each script as its synonym group, searched as typed and as the term', () => {
    for (const word of [words.urdu, words.urdu.normalize('NFD'), words.arabic, words.bengali]) {
      const understood = understandQuery(word, scripts);
      expect(understood.concepts).toEqual([word.normalize('NFC')]);
      expect(understood.broader).toEqual({ [word.normalize('NFC')]: 'autism' });
    }
    // Words no group has pass through whole.
    expect(understandQuery(words.bengaliDisability, scripts).concepts).toEqual([words.bengaliDisability]);
  });

  it('never corrects a word of another script to an English one', async () => {
    const load: VocabularyLoader = () =>
      Promise.resolve(
        new Map([
          ['autism', 10],
          ['ঘটিজম', 1],
        ]),
      );
    expect(await corrections([words.bengali, words.urdu], load)).toEqual(new Map());
  });
});

describe('place as the area filter', () => {
  it('moves the place out of the words into the locality filter', () => {
    const { state, place } = placeAsFilter({ ...emptyState, query: 'autism near Erdington' }, lexicon);
    expect(state.query).toBe('autism');
    expect(state.filters.locality).toEqual(['erdington']);
    expect(place).toEqual({ typed: 'erdington', locality: 'erdington' });
  });

  it('keeps a chosen area and a query that is only a place', () => {
    const chosen = { ...emptyState, query: 'autism in Erdington', filters: { locality: ['hall-green'] } };
    expect(placeAsFilter(chosen, lexicon).state).toBe(chosen);
    expect(placeAsFilter({ ...emptyState, query: 'Erdington' }, lexicon).state).toMatchObject({
      query: 'Erdington',
      filters: { locality: ['erdington'] },
    });
  });
});

describe('spelling', () => {
  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('autisim', 'autism')).toBe(1);
    expect(editDistance('anxeity', 'anxiety')).toBe(1);
    expect(editDistance('councelling', 'counselling')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });

  it('corrects to the closest, then the most used, word', () => {
    const vocabulary = new Map([
      ['autism', 20],
      ['autist', 2],
      ['bereavement', 3],
    ]);
    expect(closestWord('autisim', vocabulary)).toBe('autism');
    expect(closestWord('bereavment', vocabulary)).toBe('bereavement');
    expect(closestWord('trampoline', vocabulary)).toBeUndefined();
  });

  it('only corrects words no page uses, and never the lexicon words', async () => {
    const files: Record<string, Map<string, number>> = {
      a: new Map([['autism', 20]]),
      d: new Map([['debt', 4]]),
    };
    const load: VocabularyLoader = (key) => Promise.resolve(files[key] ?? new Map());
    expect(await corrections(['autisim', 'debt'], load)).toEqual(new Map([['autisim', 'autism']]));
    expect(await corrections(['dept'], load, new Set(['dept']))).toEqual(new Map());
    expect(vocabularyKey('Élan')).toBe('e');
    expect(vocabularyKey('5g')).toBe('_');
  });

  it('builds the vocabulary from the indexed text only', () => {
    const html =
      '<html><body><nav>Menu</nav><article data-pagefind-body><h1>Autism &amp; ADHD</h1><script>var x</script>' +
      '<p>Parents&#39; group</p></article><footer>Privacy</footer></body></html>';
    expect(indexedText(html)).toContain("Parents' group");
    const counter = new VocabularyCounter();
    counter.addPage(indexedText(html));
    counter.addPage('autism again');
    expect(counter.pages.get('autism')).toBe(2);
    expect(counter.pages.has('menu')).toBe(false);
    expect(counter.pages.has('privacy')).toBe(false);
    expect(counter.pages.has('var')).toBe(false);
    expect(counter.files().get('a')).toEqual([
      ['adhd', 1],
      ['again', 1],
      ['autism', 2],
    ]);
  });
});

describe('nearest topics', () => {
  it('offers topics whose words match, start or nearly match the words typed', () => {
    expect(nearestTopics('autistc', lexicon.topics).map((topic) => topic.label)).toEqual(['Autism and ADHD']);
    expect(nearestTopics('debts', lexicon.topics)[0]?.href).toBe('/services/category/money-food-essentials/');
    expect(nearestTopics('xylophone', lexicon.topics)).toEqual([]);
  });
});

/** A stand-in for Pagefind: each word finds the pages listed for it; several words find the pages with all. */
function fakePagefind(pages: Record<string, string[]>): Pagefind & { searched: string[] } {
  const searched: string[] = [];
  const result = (id: string, score: number): PagefindResult => ({
    id,
    score,
    data: () => Promise.resolve({ url: `/${id}/`, meta: {}, filters: {} }),
  });
  return {
    searched,
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    filters: () => Promise.resolve({}),
    search: (term) => {
      searched.push(term ?? '');
      const words = (term ?? '').split(' ');
      const ids = (pages[words[0] ?? ''] ?? []).filter((id) => words.every((word) => pages[word]?.includes(id)));
      return Promise.resolve({
        results: ids.map((id, index) => result(id, 10 - index)),
        unfilteredResultCount: ids.length,
        filters: {},
        totalFilters: {},
      });
    },
  };
}

describe('running a query', () => {
  it('adds pages with some of the concepts when all together find too few', async () => {
    const pagefind = fakePagefind({ autism: ['a', 'b', 'c'], money: ['c', 'd'] });
    const run = await runQuery(pagefind, 'autism money', { filters: {}, lexicon });
    expect(run.complete).toBe(1);
    expect(run.results.map((result) => result.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('searches the corrected words when a word is on no page, and says so', async () => {
    const pagefind = fakePagefind({ autism: ['a'] });
    const load: VocabularyLoader = () => Promise.resolve(new Map([['autism', 1]]));
    const run = await runQuery(pagefind, 'autisim', { filters: {}, lexicon, vocabulary: load });
    expect(run.correction).toEqual({ from: 'autisim', to: 'autism' });
    expect(run.results.map((result) => result.id)).toEqual(['a']);
  });

  it('keeps the words as typed when the correction finds nothing either', async () => {
    const pagefind = fakePagefind({});
    const load: VocabularyLoader = () => Promise.resolve(new Map([['autumn', 1]]));
    const run = await runQuery(pagefind, 'autumm', { filters: {}, lexicon, vocabulary: load });
    expect(run.correction).toBeUndefined();
    expect(run.concepts).toEqual(['autumm']);
  });

  it('scores a related word with its group term, each page the sum of both', async () => {
    const pagefind = fakePagefind({ dyslexia: ['a', 'b', 'c'], send: ['b', 'c', 'a', 'd'] });
    const run = await runQuery(pagefind, 'dyslexia', { filters: {}, lexicon });
    expect(pagefind.searched).toEqual(['dyslexia', 'send']);
    // Scores (10 for the first result, then 9...): b 9 + 10, a 10 + 8, c 8 + 9, d 7.
    expect(run.results.map((result) => result.id)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('filters by the place named', async () => {
    const pagefind = fakePagefind({ autism: ['a'] });
    const filters: unknown[] = [];
    const search = pagefind.search;
    pagefind.search = (term, options) => {
      filters.push(options?.filters);
      return search(term, options);
    };
    await runQuery(pagefind, 'autism near Erdington', { filters: {}, lexicon });
    expect(filters[0]).toEqual({ locality: { any: ['erdington'] } });
  });
});
