/**
 * The search page's island: a search form, filters with counts, sorting and
 * results from Pagefind, with the state in the URL. Rendered on the server
 * as a plain GET form with a note that search needs JavaScript; the wrapper
 * (Search.astro) server-renders the browse links around it.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { facetKeys, sortOrders, type FacetDefinition, type FacetKey } from '../../lib/search/facets.ts';
import {
  emptyState,
  hasSearch,
  parseSearchState,
  resultsSentence,
  serializeSearchState,
  toPagefindFilters,
  toggleFilter,
  type SearchState,
} from '../../lib/search/state.ts';
import {
  loadPagefind,
  loadSortOrder,
  type FilterCounts,
  type PagefindResultData,
} from '../../lib/search/pagefind-api.ts';
import { orderResults } from '../../lib/search/sort.ts';
import { formatMessage, type Vars } from '../../i18n/format.ts';
import type { SearchText } from '../../i18n/search-text.ts';
import { runQuery, type QueryRun } from '../../lib/search/query/run.ts';
import { pagefindTerm } from '../../lib/search/query/understand.ts';
import { fetchVocabulary, type VocabularyLoader } from '../../lib/search/query/spelling.ts';
import { nearestTopics } from '../../lib/search/query/topics.ts';
import { placeAsFilter } from '../../lib/search/query/place.ts';
import type { QueryLexicon, TopicHint } from '../../lib/search/query/types.ts';
import { area } from '../../area.ts';
import { Marked, englishLang } from '../../i18n/Marked.tsx';

export interface BrowseLink {
  href: string;
  label: string;
  /** The label's placeholders that take English words (a locality's name), marked on a translated page. */
  marked?: { text: string; english: Readonly<Record<string, string>>; lang: string | undefined };
}

export interface SearchAppProps {
  /** import.meta.env.BASE_URL of the site. */
  base: string;
  facets: FacetDefinition[];
  /** A few browse links offered when nothing matches. */
  browseLinks: BrowseLink[];
  /** Where the urgent help page is. */
  urgentHelpHref: string;
  /** When the index is split: the file listing the other bundles to merge, relative to the base. */
  splitManifest?: string | undefined;
  /** The page's language (its `lang`) and the island's words in it (src/i18n/search-text.ts). */
  lang: string;
  text: SearchText;
  /** How queries are read: filler words, synonyms, place names, topics (src/lib/search/query/). */
  lexicon: QueryLexicon;
  /** The folder of the spelling vocabulary files, relative to the base. */
  vocabularyDir: string;
}

const PAGE_SIZE = 10;
/** Results shown before the rest of the first page's data is loaded. */
const FIRST_SHOWN = 5;

type View =
  | { kind: 'starting' }
  | { kind: 'idle'; counts: FilterCounts }
  | {
      kind: 'results';
      total: number;
      results: PagefindResultData[];
      counts: FilterCounts;
      /** What was made of the query (undefined when there were only filters). */
      query?: QueryRun | undefined;
      /** The first results are shown while the rest of the page's data loads. */
      loadingMore?: boolean;
    }
  | { kind: 'error'; message: string };

function filterCount(state: SearchState): number {
  return Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
}

export default function SearchApp({
  base,
  facets,
  browseLinks,
  urgentHelpHref,
  splitManifest,
  lang,
  text,
  lexicon,
  vocabularyDir,
}: SearchAppProps) {
  const say = (key: keyof SearchText, vars?: Vars) => formatMessage(text[key], lang, vars);
  const [mounted, setMounted] = useState(false);
  const [state, setState] = useState<SearchState>(emptyState);
  const [draft, setDraft] = useState('');
  const [view, setView] = useState<View>({ kind: 'starting' });
  const [status, setStatus] = useState('');
  const latest = useRef(0);
  // Filter counts cost bytes and time on a large index: load them once the filters are opened.
  const [showFilters, setShowFilters] = useState(false);
  const wantCounts = useRef(false);
  const firstNewResult = useRef<HTMLAnchorElement | null>(null);
  const focusIndex = useRef<number | null>(null);
  const id = useId();
  // A place named in the query that became the area filter: "near Erdington".
  const [placeNote, setPlaceNote] = useState<{ typed: string; locality: string } | undefined>();
  const vocabulary = useRef<VocabularyLoader | undefined>(undefined);

  const run = useCallback(
    async (next: SearchState) => {
      const request = ++latest.current;
      try {
        const pagefind = await loadPagefind(base, splitManifest);
        // Loading every filter makes each search count them all; until then only chosen filters load.
        const allCounts = wantCounts.current ? await pagefind.filters() : {};
        if (!hasSearch(next)) {
          const counts = allCounts;
          if (request !== latest.current) return;
          setView({ kind: 'idle', counts });
          setStatus('');
          return;
        }
        vocabulary.current ??= fetchVocabulary(`${base.replace(/\/?$/, '/')}${vocabularyDir}`);
        // With no words to rank by, list by name. Sort orders are files of their own, loaded when first used.
        const sortOrder = next.sort === 'relevance' ? (next.query ? undefined : 'name') : next.sort;
        const filters = toPagefindFilters(next.filters);
        const [query, sortIds] = await Promise.all([
          next.query ? runQuery(pagefind, next.query, { filters, lexicon, vocabulary: vocabulary.current }) : undefined,
          sortOrder ? loadSortOrder(base, sortOrder) : undefined,
        ]);
        // The words as searched (synonyms read, fillers dropped, spelling corrected); null lists everything.
        const term = query ? pagefindTerm(query.concepts) : null;
        const main = query && !wantCounts.current ? undefined : await pagefind.search(term, { filters });
        const found = query ? query.results : (main?.results ?? []);
        const ordered = sortIds ? orderResults(found, sortIds) : found;
        // Counts for a facet with a choice made ignore that facet's own choice, so its other values show what they add.
        const counts: FilterCounts = { ...main?.filters };
        for (const key of facetKeys) {
          if (!wantCounts.current || (next.filters[key]?.length ?? 0) === 0) continue;
          const without = await pagefind.search(term, { filters: toPagefindFilters(next.filters, key) });
          counts[key] = without.filters[key] ?? {};
        }
        const shown = ordered.slice(0, next.pages * PAGE_SIZE);
        // Each result's data is a file of its own: a new search shows its first few as soon as
        // theirs are in, and the rest of the page follows.
        const early = next.pages === 1 ? Math.min(FIRST_SHOWN, shown.length) : shown.length;
        const head = await Promise.all(shown.slice(0, early).map((result) => result.data()));
        if (request !== latest.current) return;
        const searched = query?.correction ? query.correction.to : next.query;
        setView({
          kind: 'results',
          total: found.length,
          results: head,
          counts,
          query,
          loadingMore: early < shown.length,
        });
        setStatus(`${resultsSentence(text, lang, found.length, searched, filterCount(next))}.`);
        if (early === shown.length) return;
        const rest = await Promise.all(shown.slice(early).map((result) => result.data()));
        if (request !== latest.current) return;
        setView({ kind: 'results', total: found.length, results: [...head, ...rest], counts, query });
      } catch (error) {
        if (request !== latest.current) return;
        console.error(error);
        setView({ kind: 'error', message: say('searchApp.broken') });
        setStatus(say('searchApp.brokenStatus'));
      }
    },
    [base, splitManifest, lexicon, vocabularyDir],
  );

  const navigate = useCallback(
    (requested: SearchState, mode: 'push' | 'replace' = 'push') => {
      // A place in the words ("autism near Erdington") becomes the area filter, shown as a chip.
      const { state: next, place } = placeAsFilter(requested, lexicon);
      setPlaceNote(place);
      if (place) setDraft(next.query);
      setState(next);
      const url = `${window.location.pathname}${serializeSearchState(next)}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      void run(next);
    },
    [run, lexicon],
  );

  useEffect(() => {
    setMounted(true);
    const fromUrl = () => {
      const next = parseSearchState(window.location.search);
      if (filterCount(next) > 0) {
        wantCounts.current = true;
        setShowFilters(true);
      }
      setState(next);
      setDraft(next.query);
      return next;
    };
    navigate(fromUrl(), 'replace');
    const onPopState = () => void run(fromUrl());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
    // Runs once: the URL is the source of truth on load and on Back/Forward.
  }, []);

  useEffect(() => {
    if (focusIndex.current !== null && firstNewResult.current) {
      firstNewResult.current.focus();
      focusIndex.current = null;
    }
  }, [view]);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate({ ...state, query: draft.replace(/\s+/g, ' ').trim(), pages: 1 });
  };

  const showMore = () => {
    focusIndex.current = state.pages * PAGE_SIZE;
    navigate({ ...state, pages: state.pages + 1 }, 'replace');
  };

  const toggleFilters = () => {
    const open = !showFilters;
    setShowFilters(open);
    if (open && !wantCounts.current) {
      wantCounts.current = true;
      void run(state);
    }
  };

  const clearFilters = () => navigate({ ...state, filters: {}, pages: 1 });
  const removeFilter = (key: FacetKey, value: string) => navigate(toggleFilter(state, key, value, false));

  const counts = view.kind === 'results' || view.kind === 'idle' ? view.counts : {};

  return (
    <div className="search-app">
      <form className="search-form" action={`${base.replace(/\/?$/, '/')}search/`} method="get" onSubmit={onSubmit}>
        <label htmlFor={`${id}-q`} className="search-form__label">
          {say('searchApp.label')}
        </label>
        <p className="hint" id={`${id}-hint`}>
          <Marked
            text={say('searchApp.hint')}
            english={{ place: area.localities[0]?.label ?? area.name }}
            lang={englishLang(lang)}
          />
        </p>
        <div className="search-form__row">
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            autoComplete="off"
            aria-describedby={`${id}-hint`}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit">{say('searchApp.button')}</button>
        </div>
      </form>

      {!mounted && <p className="notice search-app__nojs">{say('searchApp.noScript')}</p>}

      <p role="status" aria-live="polite" aria-atomic="true" className="search-app__status visually-hidden">
        {status}
      </p>

      {mounted && (
        <div className="search-app__layout">
          <div className="search-app__filters">
            <h2 className="search-app__heading">
              <button
                type="button"
                className="search-app__filters-toggle"
                aria-expanded={showFilters}
                aria-controls={`${id}-filters`}
                onClick={toggleFilters}
              >
                {say('searchApp.filters')}
                {filterCount(state) > 0 && <span> {say('searchApp.chosen', { count: filterCount(state) })}</span>}
              </button>
            </h2>
            <div id={`${id}-filters`} hidden={!showFilters}>
              {filterCount(state) > 0 && (
                <button type="button" className="button button--secondary" onClick={clearFilters}>
                  {say('searchApp.clearFilters')}
                </button>
              )}
              {showFilters && Object.keys(counts).length === 0 && view.kind !== 'error' && (
                <p>{say('searchApp.loadingFilters')}</p>
              )}
              {showFilters &&
                facets.map((facet) => (
                  <FacetGroup
                    key={facet.key}
                    facet={facet}
                    selected={state.filters[facet.key] ?? []}
                    chosenLabel={(count) => say('searchApp.chosen', { count })}
                    counts={counts[facet.key] ?? {}}
                    onToggle={(value, on) => navigate(toggleFilter(state, facet.key, value, on))}
                  />
                ))}
            </div>
          </div>

          <div className="search-app__results">
            <div className="search-app__results-head">
              <h2 className="search-app__heading">{say('searchApp.results')}</h2>
              <label className="search-app__sort">
                {say('searchApp.sortBy')}{' '}
                <select
                  value={state.sort}
                  onChange={(event) => {
                    const sort = sortOrders.find((order) => order.value === event.target.value)?.value ?? 'relevance';
                    navigate({ ...state, sort, pages: 1 });
                  }}
                >
                  {sortOrders.map((order) => (
                    <option key={order.value} value={order.value}>
                      {say(`searchApp.sort.${order.value}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>

            {view.kind === 'starting' && <p>{say('searchApp.loading')}</p>}
            {view.kind === 'error' && <p className="notice">{view.message}</p>}
            {view.kind === 'idle' && <p>{say('searchApp.idle')}</p>}
            {view.kind === 'results' && (
              <>
                <ChosenFilters facets={facets} state={state} placeNote={placeNote} say={say} onRemove={removeFilter} />
                {view.query?.correction && (
                  <p className="search-app__correction">
                    {withPart(
                      say('searchApp.correction', { from: view.query.correction.from, to: view.query.correction.to }),
                      'suggestion',
                      <strong>“{view.query.correction.to}”</strong>,
                    )}
                  </p>
                )}
              </>
            )}
            {view.kind === 'results' && view.total === 0 && (
              <NoResults
                state={state}
                browseLinks={browseLinks}
                urgentHelpHref={urgentHelpHref}
                say={say}
                onClearFilters={filterCount(state) > 0 ? clearFilters : undefined}
                topics={nearestTopics(pagefindTerm(view.query?.understood.concepts ?? []), lexicon.topics)}
              />
            )}
            {view.kind === 'results' && view.total > 0 && (
              <>
                <p className="search-app__count">
                  {resultsSentence(
                    text,
                    lang,
                    view.total,
                    view.query?.correction?.to ?? state.query,
                    filterCount(state),
                  )}
                </p>
                {/* Busy while the rest of the first page's results load: the Show more button follows. */}
                <ol className="search-results" aria-busy={view.loadingMore ? true : undefined}>
                  {view.results.map((result, index) => (
                    <li key={result.url} className="search-result">
                      <p className="search-result__type">{result.meta.type}</p>
                      <h3 className="search-result__title">
                        {/* The name and summary are the listing's own, in English (SearchMeta.astro). */}
                        <a
                          href={result.url}
                          ref={index === focusIndex.current ? firstNewResult : undefined}
                          lang={englishLang(lang)}
                        >
                          {result.meta.title ?? result.url}
                        </a>
                      </h3>
                      {result.meta.summary && (
                        <p className="search-result__summary" lang={englishLang(lang)}>
                          {result.meta.summary}
                        </p>
                      )}
                      <ResultFacts meta={result.meta} say={say} />
                    </li>
                  ))}
                </ol>
                {view.results.length < view.total && !view.loadingMore && (
                  <button type="button" className="button button--secondary" onClick={showMore}>
                    {say('searchApp.showMore', { shown: view.results.length, total: view.total })}
                  </button>
                )}
              </>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

type Say = (key: keyof SearchText, vars?: Vars) => string;

function ResultFacts({ meta, say }: { meta: PagefindResultData['meta']; say: Say }) {
  // The values come from the index of the page's language, written in it (SearchMeta.astro);
  // locality names stay English, and the index says so (`localitiesLang`).
  const facts: [string, string, string | undefined][] = [];
  if (meta.localities) facts.push([say('searchApp.area'), meta.localities, meta.localitiesLang]);
  if (meta.cost) facts.push([say('searchApp.cost'), meta.cost, undefined]);
  if (meta.ages) facts.push([say('searchApp.ages'), meta.ages, undefined]);
  if (facts.length === 0) return null;
  return (
    <dl className="search-result__facts">
      {facts.map(([term, value, valueLang]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd lang={valueLang}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface FacetGroupProps {
  facet: FacetDefinition;
  selected: string[];
  counts: Record<string, number>;
  onToggle: (value: string, on: boolean) => void;
  chosenLabel: (count: number) => string;
}

function FacetGroup({ facet, selected, counts, onToggle, chosenLabel }: FacetGroupProps) {
  const id = useId();
  const options = facet.options.filter((option) => (counts[option.value] ?? 0) > 0 || selected.includes(option.value));
  if (options.length === 0) return null;
  return (
    <details className="facet" open={selected.length > 0 || facet.key === 'type' || facet.key === 'locality'}>
      <summary>
        {facet.label}
        {selected.length > 0 && <span className="facet__chosen"> {chosenLabel(selected.length)}</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{facet.label}</legend>
        {facet.hint && <p className="hint">{facet.hint}</p>}
        {options.map((option) => {
          const inputId = `${id}-${option.value}`;
          return (
            <div className="facet__option" key={option.value}>
              <input
                type="checkbox"
                id={inputId}
                name={facet.key}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(event) => onToggle(option.value, event.target.checked)}
              />
              <label htmlFor={inputId}>
                {option.nativeName ? (
                  <>
                    <span lang={option.nativeName.lang} dir={option.nativeName.dir}>
                      {option.nativeName.text}
                    </span>{' '}
                    ({option.label})
                  </>
                ) : option.lang ? (
                  <span lang={option.lang}>{option.label}</span>
                ) : (
                  option.label
                )}{' '}
                <span className="facet__count">({counts[option.value] ?? 0})</span>
              </label>
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}

interface ChosenFiltersProps {
  facets: FacetDefinition[];
  state: SearchState;
  placeNote: { typed: string; locality: string } | undefined;
  say: Say;
  onRemove: (key: FacetKey, value: string) => void;
}

/** The chosen filters as chips, each with a button that removes it. */
function ChosenFilters({ facets, state, placeNote, say, onRemove }: ChosenFiltersProps) {
  const chips = facets.flatMap((facet) =>
    (state.filters[facet.key] ?? []).map((value) => ({
      facet,
      value,
      label: facet.options.find((option) => option.value === value)?.label ?? value,
      lang: facet.options.find((option) => option.value === value)?.lang,
    })),
  );
  if (chips.length === 0) return null;
  const place = placeNote && state.filters.locality?.includes(placeNote.locality) ? placeNote : undefined;
  const placeOption = facets
    .find((facet) => facet.key === 'locality')
    ?.options.find((option) => option.value === place?.locality);
  return (
    <div className="search-chips">
      {place && (
        <p className="search-chips__note">
          <Marked
            text={say('searchApp.placeNote', { typed: place.typed })}
            english={{ locality: placeOption?.label ?? place.locality }}
            lang={placeOption?.lang}
          />
        </p>
      )}
      <ul className="search-chips__list" aria-label={say('searchApp.chosenFilters')}>
        {chips.map(({ facet, value, label, lang }) => (
          <li key={`${facet.key}:${value}`} className="search-chip">
            <span>
              {facet.label}: <span lang={lang}>{label}</span>
            </span>
            <button type="button" className="search-chip__remove" onClick={() => onRemove(facet.key, value)}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">
                {say('searchApp.removeFilter', { facet: facet.label, value: label })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A heading and a list of links, or nothing when there are no links. */
function LinkList({ heading, links }: { heading: string; links: BrowseLink[] }) {
  if (links.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.marked ? <Marked {...link.marked} /> : link.label}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

interface NoResultsProps {
  state: SearchState;
  browseLinks: BrowseLink[];
  urgentHelpHref: string;
  say: Say;
  onClearFilters: (() => void) | undefined;
  /** Topics near the words typed. */
  topics: TopicHint[];
}

/** A sentence with `node` where its `{name}` placeholder is. */
function withPart(sentence: string, name: string, node: ReactNode) {
  const [before, after] = sentence.split(`{${name}}`);
  return (
    <>
      {before}
      {node}
      {after}
    </>
  );
}

/** A sentence with a phone link where its `{phone}` placeholder is. */
function withPhone(sentence: string, phone: string, href: string) {
  const [before, after] = sentence.split('{phone}');
  return (
    <>
      {before}
      <a href={href} dir="ltr">
        {phone}
      </a>
      {after}
    </>
  );
}

function NoResults({ state, browseLinks, urgentHelpHref, say, onClearFilters, topics }: NoResultsProps) {
  return (
    <div className="search-none">
      <p>
        <strong>
          {state.query ? say('searchApp.nothingMatchedQuery', { query: state.query }) : say('searchApp.nothingMatched')}
        </strong>{' '}
        {say('searchApp.try')}
      </p>
      <ul>
        <li>{say('searchApp.trySpelling')}</li>
        <li>{say('searchApp.tryFewer')}</li>
        {onClearFilters && (
          <li>
            <button type="button" className="button-link" onClick={onClearFilters}>
              {say('searchApp.tryFilters')}
            </button>
          </li>
        )}
      </ul>
      <LinkList heading={say('searchApp.topicsNear')} links={topics} />
      <LinkList heading={say('searchApp.browseInstead')} links={browseLinks} />
      <section className="urgent-help" aria-labelledby="search-urgent-help">
        <h3 id="search-urgent-help">{say('searchApp.urgentHeading')}</h3>
        <ul>
          <li>{withPhone(say('searchApp.urgent999'), '999', 'tel:999')}</li>
          <li>{withPhone(say('searchApp.urgent111'), '111', 'tel:111')}</li>
          <li>{withPhone(say('searchApp.urgentSamaritans'), '116 123', 'tel:116123')}</li>
          <li>{withPhone(say('searchApp.urgentChildline'), '0800 1111', 'tel:08001111')}</li>
        </ul>
        <p>
          <a href={urgentHelpHref}>{say('searchApp.urgentMore')}</a>
        </p>
      </section>
    </div>
  );
}
