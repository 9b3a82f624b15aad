/** Grant lists: what is open now comes first, and closed schemes are kept apart. */
import { grantStatuses, termLabel } from '../../schemas/taxonomy.ts';
import { formatDate } from './labels.ts';
import type { Translator } from '../../i18n/index.ts';

export interface GrantDates {
  name: string;
  status: string;
  opens?: Date | undefined;
  closes?: Date | undefined;
}

/**
 * The status in words, with the date that matters: "Open: closes 3 March 2027", in the
 * language of `translator` when given (a page under /<lang>/), otherwise in English.
 */
export function grantStatusText({ status, opens, closes }: GrantDates, translator?: Translator): string {
  if (translator) {
    const label = translator.term('grantStatuses', status);
    const date = (value: Date) => translator.formatDate(value);
    if (status === 'open' && closes) return translator.t('grant.closesOn', { status: label, date: date(closes) });
    if (status === 'planned' && opens) return translator.t('grant.expectedOn', { status: label, date: date(opens) });
    if (status === 'closed' && closes) return translator.t('grant.closedOn', { status: label, date: date(closes) });
    return label;
  }
  const label = termLabel(grantStatuses, status);
  if (status === 'open' && closes) return `${label}: closes ${formatDate(closes)}`;
  if (status === 'planned' && opens) return `${label}: expected to open ${formatDate(opens)}`;
  if (status === 'closed' && closes) return `${label} on ${formatDate(closes)}`;
  return label;
}

const time = (date: Date | undefined, fallback: number) => date?.getTime() ?? fallback;

/**
 * Splits grants into those you can apply for or watch for (open by closing date,
 * soonest first; then open all year; then planned by opening date) and closed
 * ones (most recently closed first).
 */
export function groupGrants<T extends { data: GrantDates }>(grants: readonly T[]): { current: T[]; closed: T[] } {
  const byName = (a: T, b: T) => a.data.name.localeCompare(b.data.name, 'en-GB');
  const pick = (status: string) => grants.filter((grant) => grant.data.status === status);
  const open = pick('open').sort(
    (a, b) => time(a.data.closes, Infinity) - time(b.data.closes, Infinity) || byName(a, b),
  );
  const rolling = pick('rolling').sort(byName);
  const planned = pick('planned').sort(
    (a, b) => time(a.data.opens, Infinity) - time(b.data.opens, Infinity) || byName(a, b),
  );
  const closed = pick('closed').sort((a, b) => time(b.data.closes, 0) - time(a.data.closes, 0) || byName(a, b));
  return { current: [...open, ...rolling, ...planned], closed };
}
