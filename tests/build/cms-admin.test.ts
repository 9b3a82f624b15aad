import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, page, requireBuild } from './helpers.ts';
import { adminSettingsElementId, parseAdminSettings } from '../../src/cms/admin-settings.ts';

beforeAll(requireBuild);

function settingsOf(html: string) {
  const json = new RegExp(`<script id="${adminSettingsElementId}" type="application/json">([^<]*)</script>`).exec(
    html,
  )?.[1];
  if (!json) throw new Error('no CMS settings in the page');
  return parseAdminSettings(json);
}

describe('the CMS admins in the built site', () => {
  it.each([
    ['/admin/', 'connectors'],
    ['/young-editors/', 'young-editors'],
  ])('%s loads the CMS bundle copied into the site, with its own settings', (path, role) => {
    const html = page(path);
    const script = /<script type="module" src="\/(_cms\/cms-admin\.[\w-]+\.js)"><\/script>/.exec(html)?.[1];
    expect(script, path).toBeDefined();
    const file = join(distDir, script ?? '');
    expect(existsSync(file)).toBe(true);
    // Decap itself, not an empty file: its registration API is in the bundle.
    expect(statSync(file).size).toBeGreaterThan(1_000_000);
    expect(readFileSync(file, 'utf8')).toContain('registerPreviewTemplate');
    expect(settingsOf(html).role).toBe(role);
  });

  it('gives the young editors the services an article may link to', () => {
    const choices = settingsOf(page('/young-editors/')).serviceChoices ?? [];
    expect(choices.length).toBeGreaterThan(10);
    expect(choices.every((choice) => choice.id && choice.name)).toBe(true);
  });

  it('keeps Decap out of the public site’s own scripts', () => {
    for (const file of readdirSync(join(distDir, '_astro')).filter((name) => name.endsWith('.js'))) {
      expect(statSync(join(distDir, '_astro', file)).size, file).toBeLessThan(1_000_000);
    }
  });
});
