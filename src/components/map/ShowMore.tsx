/** Under a list the island renders: how many of the matches show, and a button for the next ones. */
import { listStep, shownText } from '../../lib/map/results.ts';

interface ShowMoreProps {
  shown: number;
  total: number;
  /** What the list holds, for the button: "services on the map". */
  what: string;
  onMore: () => void;
}

export function ShowMore({ shown, total, what, onMore }: ShowMoreProps) {
  // A list that fits in one step needs neither the count nor the button.
  if (total <= listStep) return null;
  const next = Math.min(listStep, total - shown);
  return (
    <>
      <p>{`${shownText(shown, total)} ${what}.`}</p>
      {next > 0 && (
        <button type="button" className="button button--secondary" onClick={onMore}>
          {`Show ${String(next)} more ${what}`}
        </button>
      )}
    </>
  );
}
