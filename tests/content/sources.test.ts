/**
 * Sources for people: every `source` names documents a member of the public can find (title,
 * publisher, year, or a web address), never this project's working copies ("seed 003,
 * lines 630, 1541"), and no built page shows such a reference.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../src/lib/content/files.ts';
import { allPages, distDir } from '../build/helpers.ts';

const workingCopyReference = /\bseed \d{3}\b|\blines? \d+(?:[-–]\d+)?(?:, \d+)*\)|shared\/(?:data|seeds)/i;

describe('sources for people', () => {
  const files = readContentFolder('content').files.filter((file) => typeof file.data.source === 'string');

  it('reads every source in content/', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files.map((file) => [file.path, String(file.data.source)] as const))(
    '%s cites documents, not working copies',
    (_path, source) => {
      expect(source).not.toMatch(workingCopyReference);
    },
  );

  it('no built page shows a working-copy reference', () => {
    if (!existsSync(join(distDir, 'index.html'))) throw new Error(`No build in ${distDir}/`);
    const shown = allPages().filter((file) => /\(seed \d{3}/.test(readFileSync(join(distDir, file), 'utf8')));
    expect(shown).toEqual([]);
  });
});
