/** Birmingham's search synonyms (content/search/synonyms.yaml) have the groups issues 12 and 21 ask for. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSynonyms } from '../../src/lib/search/synonyms-file.ts';

describe('Birmingham’s synonyms file', () => {
  it('content/search/synonyms.yaml is valid and has the groups the issue asks for', () => {
    const parsed = parseSynonyms(readFileSync('content/search/synonyms.yaml', 'utf8'));
    const find = (word: string) =>
      parsed.find((group) => [group.term, ...group.alternatives, ...(group.related ?? [])].includes(word));
    expect(find('ASD')?.term).toBe('autism');
    expect(find('ASC')?.term).toBe('autism');
    expect(find('autistic')?.term).toBe('autism');
    expect(find('CAMHS')?.term).toBe('mental health');
    expect(find('FTB')?.term).toBe('mental health');
    expect(find('counseling')?.term).toBe('counselling');
    expect(find('foodbank')?.term).toBe('food bank');
    expect(find('EHCP')?.term).toBe('EHC plan');
    expect(find('SEN')?.term).toBe('SEND');
    // Issue 21: the everyday words that found nothing.
    expect(find('wheelchair')?.term).toBe('physical disability');
    expect(find('dyslexia')?.term).toBe('SEND');
    expect(find('speech therapy')?.term).toBe('speech and language therapy');
    expect(find('SALT')?.term).toBe('speech and language therapy');
    expect(find('bullied')?.term).toBe('bullying');
    expect(find('PfA')?.term).toBe('preparing for adulthood');
  });
});
