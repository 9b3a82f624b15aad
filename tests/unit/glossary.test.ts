import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import {
  glossaryMatcher,
  matchesOnlyAsWritten,
  rehypeGlossaryLinks,
  type GlossaryTerm,
} from '../../src/lib/content/glossary.ts';
import { glossaryByLetter } from '../../src/lib/content/glossary-page.ts';

const terms: GlossaryTerm[] = [
  { id: 'ehcp', forms: ['EHCP', 'EHC plan', 'Education, Health and Care plan'] },
  { id: 'send', forms: ['SEND', 'special educational needs and disabilities'] },
  { id: 'sen', forms: ['SEN', 'special educational needs'] },
  { id: 'short-breaks', forms: ['short breaks', 'respite'] },
  { id: 'early-help', forms: ['Early Help'] },
];

const text = (value: string) => ({ type: 'text' as const, value });
const element = (tagName: string, children: Element['children']): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});

function linked(tree: Root, path = 'content/services/example.md'): Root {
  rehypeGlossaryLinks({ terms, glossaryPath: '/glossary/' })(tree, { path });
  return tree;
}

/** The tree as simple HTML-ish text, links as [text](href). */
function flat(node: Root | Element): string {
  return node.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element') return '';
      if (child.tagName === 'a') return `[${flat(child)}](${String(child.properties.href)})`;
      if (child.tagName === 'span') return '';
      return `<${child.tagName}>${flat(child)}</${child.tagName}>`;
    })
    .join('');
}

describe('glossary links', () => {
  it('links the first use of each term only, whatever form it takes', () => {
    const tree = linked({
      type: 'root',
      children: [
        element('p', [text('Ask for an EHC plan. Your EHCP says what help you get, with short breaks.')]),
        element('p', [text('Another EHCP and Short Breaks: not linked again.')]),
      ],
    });
    expect(flat(tree)).toBe(
      '<p>Ask for an [EHC plan](/glossary/#ehcp). Your EHCP says what help you get, with [short breaks](/glossary/#short-breaks).</p>' +
        '<p>Another EHCP and Short Breaks: not linked again.</p>',
    );
  });

  it('matches abbreviations only as written, so "send a letter" is never linked', () => {
    expect(matchesOnlyAsWritten('SEND')).toBe(true);
    expect(matchesOnlyAsWritten('EHC plan')).toBe(true);
    expect(matchesOnlyAsWritten('PfA')).toBe(true);
    expect(matchesOnlyAsWritten('Early Help')).toBe(false);
    const tree = linked({ type: 'root', children: [element('p', [text('We send a letter about SEND support.')])] });
    expect(flat(tree)).toBe('<p>We send a letter about [SEND](/glossary/#send) support.</p>');
  });

  it('prefers the longest form at the same place, and whole words only', () => {
    const matcher = glossaryMatcher(terms);
    expect(matcher.find('special educational needs and disabilities', new Set())).toMatchObject({ id: 'send' });
    expect(matcher.find('SENDING SENCO', new Set())).toBeUndefined();
    expect(matcher.find('early help for families', new Set())).toMatchObject({ id: 'early-help', index: 0 });
  });

  it('leaves links, headings and code alone', () => {
    const tree = linked({
      type: 'root',
      children: [
        element('h2', [text('What is an EHCP?')]),
        element('p', [element('a', [text('EHCP form')]), text(' and '), element('code', [text('SEND')])]),
        element('p', [element('strong', [text('An EHCP')])]),
      ],
    });
    expect(flat(tree)).toBe(
      '<h2>What is an EHCP?</h2><p>[EHCP form](undefined) and <code>SEND</code></p><p><strong>An [EHCP](/glossary/#ehcp)</strong></p>',
    );
  });

  it('does not link a glossary entry to itself', () => {
    const tree = linked(
      { type: 'root', children: [element('p', [text('An EHCP follows an assessment of SEND.')])] },
      '/repo/content/glossary/ehcp.md',
    );
    expect(flat(tree)).toBe('<p>An EHCP follows an assessment of [SEND](/glossary/#send).</p>');
  });

  it('tells screen reader users where the link goes', () => {
    const tree = linked({ type: 'root', children: [element('p', [text('respite')])] });
    const link = (tree.children[0] as Element).children[0] as Element;
    expect(link.properties.className).toEqual(['glossary-link']);
    expect(JSON.stringify(link.children)).toContain('(what this means)');
  });

  it('groups the glossary page A to Z by first letter', () => {
    const entries = ['SEND', 'advocacy', 'EHCP', 'Early Help', 'annual review'].map((term) => ({
      id: term,
      data: { term },
    }));
    expect(glossaryByLetter(entries).map((group) => [group.letter, group.entries.map((entry) => entry.id)])).toEqual([
      ['A', ['advocacy', 'annual review']],
      ['E', ['Early Help', 'EHCP']],
      ['S', ['SEND']],
    ]);
  });
});
