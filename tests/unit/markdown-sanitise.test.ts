/**
 * Markdown from the CMS cannot inject scripts: every fixture in tests/fixtures/unsafe-markdown/
 * is rendered with the Markdown processor configured in astro.config.mjs (the same one the
 * build uses), and the result is parsed and searched for anything that could run code.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent, ElementContent } from 'hast';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import config from '../../astro.config.mjs';
import { isExternalHref } from '../../src/lib/content/markdown.ts';

const fixtureDir = 'tests/fixtures/unsafe-markdown';
const fixtures = readdirSync(fixtureDir).filter((name) => name.endsWith('.md'));

let renderer: MarkdownRenderer | undefined;
async function render(markdown: string): Promise<string> {
  const processor = config.markdown?.processor;
  if (!processor || !('createRenderer' in processor)) throw new Error('astro.config.mjs sets no markdown.processor');
  renderer ??= await (processor as { createRenderer: (o: object) => Promise<MarkdownRenderer> }).createRenderer({
    syntaxHighlight: false,
  });
  return (await renderer.render(markdown)).code;
}

function elements(tree: Root | Element): Element[] {
  const found: Element[] = [];
  for (const child of tree.children as (RootContent | ElementContent)[]) {
    if (child.type === 'element') found.push(child, ...elements(child));
  }
  return found;
}

const forbiddenTags = [
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'meta',
  'base',
  'link',
  'style',
];
const forbiddenTags2 = ['svg', 'math', 'img', 'frame', 'frameset', 'applet'];
const urlAttributes = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'data', 'srcDoc'];

/** Everything in rendered HTML that could run script or load something from elsewhere. */
function dangers(html: string): string[] {
  const problems: string[] = [];
  for (const element of elements(fromHtml(html, { fragment: true }))) {
    if ([...forbiddenTags, ...forbiddenTags2].includes(element.tagName)) problems.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) problems.push(`${element.tagName}[${name}]`);
      if (name === 'style') problems.push(`${element.tagName}[style]`);
      if (urlAttributes.includes(name) && /^\s*(javascript|vbscript|data):/i.test(String(value))) {
        problems.push(`${element.tagName}[${name}=${String(value)}]`);
      }
    }
  }
  return problems;
}

describe('the Markdown pipeline (astro.config.mjs)', () => {
  it('has injection fixtures to test', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(9);
  });

  for (const fixture of fixtures) {
    it(`renders ${fixture} with nothing that can run script`, async () => {
      const html = await render(readFileSync(join(fixtureDir, fixture), 'utf8'));
      expect(dangers(html)).toEqual([]);
      // Text such as "onerror=alert(1)" may remain, escaped and harmless; markup may not.
      expect(html).not.toMatch(/<script|<[a-z][^>]*\son[a-z]+\s*=|<[^>]+(javascript|vbscript):/i);
    });
  }

  it('keeps ids from content away from the page’s own ids', async () => {
    const html = await render(readFileSync(join(fixtureDir, 'clobbering.md'), 'utf8'));
    expect(html).not.toMatch(/id="main-content"/);
    expect(html).toContain('user-content-main-content');
  });

  it('keeps ordinary formatting, tables, phone and email links', async () => {
    const html = await render(readFileSync(join(fixtureDir, 'safe-formatting.md'), 'utf8'));
    expect(html).toMatch(/<h1 id="a-heading">A heading<\/h1>/);
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<strong>Raw bold</strong>');
    expect(html).toContain('<br>');
    expect(html).toContain('<table>');
    expect(html).toContain('href="tel:01210000000"');
    expect(html).toContain('href="mailto:help@example.org"');
  });

  it('marks external links and keeps the referrer from them', async () => {
    const html = await render('[Kooth](https://www.kooth.com/) and [our services](/services/)');
    expect(html).toBe(
      '<p><a href="https://www.kooth.com/" rel="noopener noreferrer" class="external-link">Kooth<span class="visually-hidden"> (external site)</span></a> and <a href="/services/">our services</a></p>',
    );
  });

  it('drops the text of a script or style sheet, not just its tags', async () => {
    const html = await render('Hello\n\n<script>stealCookies()</script>\n\n<style>body{display:none}</style>\n\nBye');
    expect(html).not.toContain('stealCookies');
    expect(html).not.toContain('display:none');
  });
});

describe('isExternalHref', () => {
  const site = ['https://localoffer.example.org', 'https://young.localoffer.example.org'];
  it.each([
    ['https://www.kooth.com/', true],
    ['http://example.com', true],
    ['https://localoffer.example.org/services/', false],
    ['/services/', false],
    ['https://young.localoffer.example.org/articles/x/', false],
    ['mailto:a@example.org', false],
    ['tel:0121', false],
    ['#top', false],
  ])('%s -> %s', (href, expected) => {
    expect(isExternalHref(href, site)).toBe(expected);
  });
});
