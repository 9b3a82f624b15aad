/**
 * The hand-written part of docs/benchmarks.md: reasons, the scale run, and the figures
 * behind choices in the code (kept here rather than in comments, where they go stale).
 * `npm run bench` rewrites the measured sections and carries this part over unchanged,
 * between the two markers.
 */
export const handNotesStart = '<!-- hand-written: npm run bench keeps everything from here to the end marker -->';
export const handNotesEnd = '<!-- end of hand-written notes -->';

/** The hand-written block of an earlier docs/benchmarks.md, markers included, or undefined if it has none. */
export function handNotesOf(previous: string | undefined): string | undefined {
  if (previous === undefined) return undefined;
  const start = previous.indexOf(handNotesStart);
  const end = previous.indexOf(handNotesEnd, start);
  if (start < 0 || end < 0) return undefined;
  return previous.slice(start, end + handNotesEnd.length);
}
