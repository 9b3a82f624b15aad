/** The glossary page's order: entries A to Z by term, grouped under their first letter. */

export interface GlossaryListItem {
  id: string;
  data: { term: string };
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });

export function glossaryByLetter<T extends GlossaryListItem>(entries: readonly T[]): { letter: string; entries: T[] }[] {
  const sorted = [...entries].sort((a, b) => collator.compare(a.data.term, b.data.term));
  const groups: { letter: string; entries: T[] }[] = [];
  for (const entry of sorted) {
    const letter = (entry.data.term.trim()[0] ?? '#').toLocaleUpperCase('en-GB');
    const last = groups.at(-1);
    if (last?.letter === letter) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}
