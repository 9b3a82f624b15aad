/**
 * Filling a message: `{name}` placeholders and CLDR plural forms (Intl.PluralRules).
 * Kept apart from the strings so that an island (the search page) can format the
 * messages it is given without bundling every language.
 */
import type { Message } from './types.ts';

export type Vars = Readonly<Record<string, string | number>>;

const numberFormats = new Map<string, { format: Intl.NumberFormat; written: Map<number, string> }>();

/** A number written the language's way; the same few numbers (ages, counts, pages) recur on every page. */
function formatNumber(value: number, code: string): string {
  let format = numberFormats.get(code);
  if (!format) {
    format = { format: new Intl.NumberFormat(code), written: new Map() };
    numberFormats.set(code, format);
  }
  let written = format.written.get(value);
  if (written === undefined) {
    written = format.format.format(value);
    format.written.set(value, written);
  }
  return written;
}

/**
 * `{name}` placeholders replaced by `vars`, numbers written the language's way ("1,234");
 * an unknown placeholder is left as it is (for `parts()`).
 */
export function fill(message: string, vars: Vars | undefined, code = 'en-GB'): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, code) : value;
  });
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of a message for `count` in a language (`other` when the language's form is missing). */
export function pick(message: Message, code: string, count: number | undefined): string {
  if (typeof message === 'string') return message;
  let rules = pluralRules.get(code);
  if (!rules) {
    rules = new Intl.PluralRules(code);
    pluralRules.set(code, rules);
  }
  const category = rules.select(count ?? 0) as keyof typeof message;
  return message[category] ?? message.other;
}

/** A message in a language with its placeholders filled; `vars.count` chooses the plural form. */
export function formatMessage(message: Message, code: string, vars?: Vars): string {
  const count = typeof vars?.count === 'number' ? vars.count : undefined;
  return fill(pick(message, code, count), vars, code);
}
