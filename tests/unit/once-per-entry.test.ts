import { describe, expect, it } from 'vitest';
import { oncePerEntry } from '../../src/lib/content/once-per-entry.ts';

describe('oncePerEntry', () => {
  it('makes a value once per entry, shared by copies of the entry that hold the same data', () => {
    let made = 0;
    const nameOf = oncePerEntry(
      (entry: { id: string; data: { name: string } }) => `${entry.data.name} ${String(++made)}`,
    );
    const data = { name: 'Stay and play' };
    const entry = { id: 'stay-and-play', data };
    // getCollection returns a new entry object on every call, around the same stored data.
    expect(nameOf(entry)).toBe('Stay and play 1');
    expect(nameOf({ ...entry })).toBe('Stay and play 1');
    expect(made).toBe(1);
  });

  it('makes it again when the entry has new data (an edited file), and apart for each entry', () => {
    let made = 0;
    const nameOf = oncePerEntry((entry: { data: { name: string } }) => `${entry.data.name} ${String(++made)}`);
    expect(nameOf({ data: { name: 'A' } })).toBe('A 1');
    expect(nameOf({ data: { name: 'A' } })).toBe('A 2');
    expect(nameOf({ data: { name: 'B' } })).toBe('B 3');
  });

  it('keeps a result that is undefined instead of making it again', () => {
    let made = 0;
    const nothing = oncePerEntry((_entry: { data: object }) => {
      made += 1;
      return undefined;
    });
    const entry = { data: {} };
    nothing(entry);
    nothing(entry);
    expect(made).toBe(1);
  });
});
