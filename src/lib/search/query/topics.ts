/**
 * The topics nearest to the words of a query that found nothing: a topic whose
 * words (its label and its synonyms) include a typed word, start with it, or are
 * a small misspelling away from it. Offered as browse links beside the usual help.
 */
import { allowedDistance, checkable, editDistance } from './spelling.ts';
import { foldQuery } from './understand.ts';
import type { TopicHint } from './types.ts';

/** How close a typed word is to a topic word: 3 the same, 2 one starts the other, 1 a misspelling, 0 not. */
function closeness(typed: string, word: string): number {
  if (typed === word) return 3;
  if (typed.length >= 4 && word.length >= 4 && (word.startsWith(typed) || typed.startsWith(word))) return 2;
  if (checkable(typed) && editDistance(typed, word, allowedDistance(typed)) <= allowedDistance(typed)) return 1;
  return 0;
}

/** Up to `limit` topics for the typed words, closest first (ties in the topics' own order). */
export function nearestTopics(query: string, topics: readonly TopicHint[], limit = 3): TopicHint[] {
  const typed = foldQuery(query)
    .split(' ')
    .filter((word) => word.length >= 3);
  if (typed.length === 0) return [];
  const scored = topics.map((topic, order) => {
    const words = topic.words.flatMap((phrase) => [phrase, ...phrase.split(' ')]);
    let score = 0;
    for (const word of typed) score += Math.max(0, ...words.map((candidate) => closeness(word, candidate)));
    return { topic, order, score };
  });
  return scored
    .filter((item) => item.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((item) => item.topic);
}
