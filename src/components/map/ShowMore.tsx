/** Under a list the island renders: how many of the matches show, and a button for the next ones. */
import { listStep } from '../../lib/map/results.ts';

interface ShowMoreProps {
  shown: number;
  total: number;
  /** "Showing 20 of 45 services on the map.", in the page's language. */
  showing: string;
  /** The button's words for the next `count`: "Show 20 more services on the map". */
  more: (count: number) => string;
  onMore: () => void;
}

export function ShowMore({ shown, total, showing, more, onMore }: ShowMoreProps) {
  // A list that fits in one step needs neither the count nor the button.
  if (total <= listStep) return null;
  const next = Math.min(listStep, total - shown);
  return (
    <>
      <p>{showing}</p>
      {next > 0 && (
        <button type="button" className="button button--secondary" onClick={onMore}>
          {more(next)}
        </button>
      )}
    </>
  );
}
