/** How the "last checked" date reads in the preview pane. */
import { formatDate } from '../../lib/directory/labels.ts';

export default function ReviewDatePreview({ value }: { value?: string | Date | null }) {
  const date = value instanceof Date ? value : typeof value === 'string' && value ? new Date(value) : undefined;
  return <span>{date && !Number.isNaN(date.getTime()) ? formatDate(date) : 'Not checked yet'}</span>;
}
