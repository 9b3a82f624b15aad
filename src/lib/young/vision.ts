/** The area's Vision from children and young people (area/vision.ts), and its shape. */
import { vision as areaVision } from '../../../area/vision.ts';
import type { outcomes } from '../../schemas/taxonomy.ts';

export interface VisionQuote {
  text: string;
  /** Attribution exactly as the source gives it, or undefined when it gives none. */
  who?: string;
  /** Where in the working copy of the source the quote is (not shown on the site). */
  ref?: string;
}

export interface VisionOutcome {
  value: (typeof outcomes)[number]['value'];
  /** What young people raised under this outcome, in plain words. */
  whatTheySaid: string;
  quotes: readonly VisionQuote[];
}

export interface Vision {
  /** The page's meta description. */
  description: string;
  /** The opening paragraph: who was asked, when, and what came of it. */
  intro: string;
  /** The published document the quotes come from: title, publisher, year. */
  source: string;
  outcomes: readonly VisionOutcome[];
}

/** The area's Vision, checked against the shape above. */
export const vision: Vision = areaVision;
