/** Reading a Decap entry in preview templates: plain values, with the shapes the pages expect. */
import type { ReactNode } from 'react';
import { termLabel, type TermDefinition } from '../../schemas/taxonomy.ts';

export interface PreviewEntry {
  getIn: (path: readonly string[]) => unknown;
}

/** What Decap passes every preview template. */
export interface PreviewProps {
  entry: PreviewEntry;
  widgetFor: (name: string) => ReactNode;
}

/** The labels of chosen taxonomy values, as the pages write them: "Parenting, Early years". */
export function termLabels(terms: readonly TermDefinition[], values: readonly string[]): string {
  return values.map((value) => termLabel(terms, value)).join(', ');
}

export interface PlainData {
  [key: string]: unknown;
}

/** The entry's front matter as plain JavaScript (Decap holds it as an Immutable map). */
export function entryData(entry: PreviewEntry): PlainData {
  const data = entry.getIn(['data']) as { toJS?: () => unknown } | undefined;
  const plain = data?.toJS?.();
  return plain !== null && typeof plain === 'object' ? (plain as PlainData) : {};
}

export function text(data: PlainData, key: string): string {
  const value = data[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

export function list(data: PlainData, key: string): string[] {
  const value = data[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function object(data: PlainData, key: string): PlainData {
  const value = data[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as PlainData) : {};
}

/** A date the CMS holds as YYYY-MM-DD (or a Date), or undefined. */
export function date(data: PlainData, key: string): Date | undefined {
  const value = data[key];
  const parsed = value instanceof Date ? value : typeof value === 'string' && value ? new Date(value) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : undefined;
}

export function optionalNumber(data: PlainData, key: string): number | undefined {
  const value = data[key];
  if (value === '' || value === null || value === undefined) return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}
