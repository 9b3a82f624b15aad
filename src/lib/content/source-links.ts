/**
 * A listing's `source` as people read it: plain text, with each web address it cites
 * ("https://...", or a bare "legislation.gov.uk/ukpga/2014/23" or "nhs.uk") made a link
 * to that page, so a reader can follow it.
 */
export interface SourcePart {
  text: string;
  /** Set when this part is a web address: where it leads. */
  href?: string;
}

// A full address, or a bare one on a public-sector or well-known domain as the sources write them.
const path = String.raw`(?:\/[^\s;,)]*[^\s;,.)])?`;
const webAddress = new RegExp(
  [
    String.raw`\bhttps?:\/\/[^\s;,)]*[^\s;,.)]`,
    String.raw`\b(?:[a-z0-9-]+\.)*(?:gov|nhs|org|ac)\.uk\b` + path,
    String.raw`\b(?:[a-z0-9-]+\.)+(?:org|com)\b` + path,
  ].join('|'),
  'gi',
);

export function sourceParts(source: string): SourcePart[] {
  const parts: SourcePart[] = [];
  let last = 0;
  for (const match of source.matchAll(webAddress)) {
    const start = match.index;
    if (start > last) parts.push({ text: source.slice(last, start) });
    const text = match[0];
    const href = /^https?:\/\//i.test(text) ? text : `https://${/^www\./i.test(text) || !needsWww(text) ? '' : 'www.'}${text}`;
    parts.push({ text, href });
    last = start + text.length;
  }
  if (last < source.length) parts.push({ text: source.slice(last) });
  return parts;
}

/** legislation.gov.uk answers only at www. */
function needsWww(address: string): boolean {
  return /^legislation\.gov\.uk\b/i.test(address);
}
