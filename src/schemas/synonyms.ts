/**
 * The words people use: groups of words and spellings that mean the same thing
 * for search (content/search/synonyms.yaml). At build time, when a listing
 * contains any word of a group, every other word of the group is added to its
 * indexed text, so that "ASD" finds a page that only says "autism".
 */
import { z } from 'astro/zod';

/** A word or short phrase: letters, digits, spaces, hyphens and apostrophes. */
export const synonymTerm = z
  .string()
  .trim()
  .min(2, { error: 'must be at least 2 characters' })
  .max(60, { error: 'must be 60 characters or fewer' })
  // Marks (\p{M}) too: Bengali vowel signs and Urdu and Arabic vowel marks are part of their words.
  .regex(/^[\p{L}\p{N}][\p{L}\p{M}\p{N} '’-]*$/u, {
    error: 'must be a word or short phrase: letters, digits, spaces, hyphens and apostrophes only',
  });

export const synonymGroup = z
  .object({
    /** The word most pages use, shown to editors first, e.g. "autism". */
    term: synonymTerm,
    /** Other words and spellings people search with, e.g. ["ASD", "autistic"]. */
    alternatives: z.array(synonymTerm).min(1, { error: 'give at least one other word' }),
    /**
     * Words people search with when they want these pages, though the pages' own words
     * mean something wider: "dyslexia" for special educational needs, "wheelchair" for
     * equipment. They find the group's pages; a page that says them gets no other word.
     */
    related: z.array(synonymTerm).optional(),
    /** Why the group exists or where the words come from (optional, for editors). */
    note: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().optional()),
  })
  .strict();

export const synonymsFileSchema = z
  .object({
    groups: z.array(synonymGroup).min(1),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Map<string, number>();
    value.groups.forEach((group, index) => {
      const words = [group.term, ...group.alternatives, ...(group.related ?? [])];
      const inGroup = new Set<string>();
      words.forEach((word, wordIndex) => {
        const key = word.toLowerCase();
        if (inGroup.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: [
              'groups',
              index,
              wordIndex === 0 ? 'term' : wordIndex <= group.alternatives.length ? 'alternatives' : 'related',
            ],
            input: word,
            message: `"${word}" is listed twice in the same group`,
          });
        }
        inGroup.add(key);
      });
      for (const key of inGroup) {
        const other = seen.get(key);
        if (other !== undefined && other !== index) {
          ctx.addIssue({
            code: 'custom',
            path: ['groups', index],
            input: key,
            message: `"${key}" is already in group ${String(other + 1)}: merge the two groups`,
          });
        }
        seen.set(key, index);
      }
    });
  });

/**
 * Another language's words for the groups of the main file (content/search/synonyms.<code>.yaml):
 * each group names the main file's `term` and adds that language's words to it. Like the interface
 * strings, the file says whether a fluent speaker has reviewed it.
 */
export const languageSynonymsFileSchema = z
  .object({
    /** The language's code, as in the file name (`ur` for synonyms.ur.yaml). */
    language: z.string().regex(/^[a-z]{2,3}$/, { error: 'must be a language code such as "ur"' }),
    review: z.union([
      z.object({ reviewed: z.literal(false) }).strict(),
      z
        .object({ reviewed: z.literal(true), reviewedBy: z.string().trim().min(2), reviewedOn: z.coerce.date() })
        .strict(),
    ]),
    groups: z
      .array(
        z
          .object({
            /** The `term` of a group in synonyms.yaml (in English). */
            term: synonymTerm,
            /** This language's words for it. */
            alternatives: z.array(synonymTerm).min(1, { error: 'give at least one word' }),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type SynonymGroup = z.infer<typeof synonymGroup>;
export type LanguageSynonymsFile = z.infer<typeof languageSynonymsFileSchema>;
export type SynonymsFile = z.infer<typeof synonymsFileSchema>;
