/**
 * Words run into links and inline tags. Astro drops the line break between a word
 * and an inline element on the next line, so "browse" + <a>mental health</a> reads
 * "browsemental health". This fails on a letter touching an inline element's
 * opening tag whose text starts with a letter, or an inline element's closing tag
 * followed by a letter (after at most one punctuation mark: "</time>.Your").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuild } from './helpers.ts';
import { builtSites, htmlFilesOf } from '../page-types.ts';

requireBuild();

const inline = 'a|abbr|b|cite|code|em|i|kbd|mark|q|s|small|strong|sub|sup|time|u';
const runIntoOpening = new RegExp(`\\p{L}[.,;:!?]?<(?:${inline})\\b[^>]*>\\p{L}`, 'gu');
const runOutOfClosing = new RegExp(`</(?:${inline})>[.,;:!?]?\\p{L}`, 'gu');

/** The places in a page's HTML where a word runs into a link or tag, with a little context. */
function textRuns(html: string): string[] {
  const text = html.replace(/<(script|style|template|textarea|pre)\b[\s\S]*?<\/\1>/gi, ' ');
  return [...text.matchAll(runIntoOpening), ...text.matchAll(runOutOfClosing)].map((match) =>
    text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30).replace(/\s+/g, ' '),
  );
}

describe('the check for words run into links', () => {
  it('finds the runs it is for, and not spaced or punctuated text', () => {
    expect(textRuns('You can also browse<a href="/x/">mental health</a> or')).toHaveLength(1);
    expect(textRuns('By Ali, <time datetime="2026-11-25">25 November 2026</time>.Your voice')).toHaveLength(1);
    expect(textRuns('You can browse <a href="/x/">mental health</a>, or <em>this</em>. Then')).toEqual([]);
    expect(textRuns('Kooth<span class="visually-hidden"> (external site)</span>')).toEqual([]);
  });
});

describe.each(builtSites())('text of the $name ($dir)', (site) => {
  it('has no word run into a link or an inline tag on any page', () => {
    const runs = htmlFilesOf(site).flatMap((file) =>
      textRuns(readFileSync(join(site.dir, file), 'utf8')).map((run) => `${file}: ${run}`),
    );
    expect(runs).toEqual([]);
  });
});
