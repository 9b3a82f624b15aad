/**
 * Cleaning what other directories publish: HTML descriptions, over-long text, phone numbers
 * written any way, web addresses without a scheme, email addresses. Each cleaner returns the
 * cleaned value and, when it cannot clean something, a plain-words note for the draft's review
 * list: nothing is dropped silently.
 */
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { toMdast } from 'hast-util-to-mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Root } from 'hast';

export interface Cleaned<T> {
  value: T | undefined;
  notes: string[];
}

const looksLikeHtml = (text: string) => /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>|&[a-z]+;|&#\d+;/i.test(text);

/**
 * HTML (as many council feeds hold descriptions) as safe markdown: parsed, sanitised with
 * GitHub's schema (no script, style, frame, form, image or event handler), then written as
 * markdown. Plain text is returned as it is.
 */
export function htmlToMarkdown(input: string): string {
  if (!looksLikeHtml(input)) return input.trim();
  const tree = sanitize(fromHtml(input, { fragment: true }), {
    ...defaultSchema,
    tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'img'),
  }) as Root;
  return toMarkdown(toMdast(tree), { bullet: '-', emphasis: '_', rule: '-' })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Markdown reduced to plain text, for a summary. */
const plainText = (markdown: string) =>
  markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/^\s*-\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A summary of whole sentences within `limit` characters, and the body: the whole description.
 * When not even the first sentence fits, the summary is empty and a note says so (a cut
 * sentence would say something the source did not).
 */
export function summaryAndBody(description: string, limit = 240): { summary: string; body: string; notes: string[] } {
  const body = description.trim();
  const text = plainText(body);
  if (text.length <= limit) return { summary: text, body, notes: [] };
  const sentences = text.match(/[^.!?]+(?:[.!?]+["')\]]*|$)\s*/g) ?? [text];
  let summary = '';
  for (const sentence of sentences) {
    if ((summary + sentence).trim().length > limit) break;
    summary += sentence;
  }
  summary = summary.trim();
  if (summary.length < 10) {
    return {
      summary: '',
      body,
      notes: [`summary: the description's first sentence is longer than ${String(limit)} characters: write a summary`],
    };
  }
  return { summary, body, notes: [] };
}

/** Digits of a UK number in its national form (0121...), or undefined when it is not one. */
function ukNational(candidate: string): string | undefined {
  let digits = candidate.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (digits.startsWith('+44')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('44') && digits.length === 12) digits = `0${digits.slice(2)}`;
  if (digits.includes('+')) return undefined;
  // Short helplines (999, 111, 116 123) and national numbers of 10 or 11 digits.
  if (/^(999|111|112|116\d{3}|118\d{3})$/.test(digits)) return digits;
  if (/^0\d{9,10}$/.test(digits)) return digits;
  return undefined;
}

/** 0121 496 0000, 020 7946 0000, 07700 900000, 0800 123 4567, 01632 960000: grouped as people read them. */
function groupUk(digits: string): string {
  if (digits.length < 10) return digits.length === 6 ? `${digits.slice(0, 3)} ${digits.slice(3)}` : digits;
  if (/^02/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  if (/^01\d1|^011/.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  if (/^0[3789]\d{2}/.test(digits) && digits.length === 11 && !/^07/.test(digits)) {
    return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  }
  return `${digits.slice(0, 5)} ${digits.slice(5)}`;
}

/**
 * UK phone numbers written any way: +44 (0)121 496 0000, (0121) 4960000, 0121-496-0000 ext 12,
 * two numbers in one cell. The first number is kept (grouped as "0121 496 0000"); an extension,
 * a second number or anything unreadable goes into the notes.
 */
export function normalisePhone(input: string): Cleaned<string> {
  const text = input.trim().replace(/^["']+|["']+$/g, '');
  if (text === '') return { value: undefined, notes: [] };
  const notes: string[] = [];
  const parts = text
    .split(/\s*(?:\/|;|,|\bor\b|\band\b|\n)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
  const numbers: string[] = [];
  for (const part of parts) {
    const extension = /\s*(?:ext\.?|extension|x)\s*(\d+)\s*$/i.exec(part);
    const main = extension ? part.slice(0, extension.index) : part;
    const national = ukNational(main);
    if (national === undefined) {
      notes.push(`phone: "${part}" is not a UK phone number we can read: check it`);
      continue;
    }
    numbers.push(groupUk(national));
    if (extension)
      notes.push(
        `phone: extension ${extension[1] ?? ''} of ${groupUk(national)} is not published: add it to the text if needed`,
      );
  }
  if (numbers.length > 1)
    notes.push(`phone: the source gives several numbers (${numbers.join(', ')}): the first is kept`);
  return { value: numbers[0], notes };
}

/** A web address: "www.example.org" gets https://; anything that still is not a web address is noted. */
export function cleanWebsite(input: string, field = 'website'): Cleaned<string> {
  let text = input.trim();
  if (text === '') return { value: undefined, notes: [] };
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `https://${text.replace(/^\/+/, '')}`;
  try {
    const url = new URL(text);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')) {
      // As written (only the scheme added): URL.href would add a "/" the source did not have.
      return { value: text, notes: [] };
    }
  } catch {
    // reported below
  }
  return { value: undefined, notes: [`${field}: "${input.trim()}" is not a web address: check it`] };
}

const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;

/** An email address, without "mailto:" or spaces; anything else is noted. */
export function cleanEmail(input: string): Cleaned<string> {
  const text = input.trim().replace(/^mailto:/i, '');
  if (text === '') return { value: undefined, notes: [] };
  if (emailPattern.test(text)) return { value: text, notes: [] };
  return { value: undefined, notes: [`email: "${input.trim()}" is not an email address: check it`] };
}
