import type { APIRoute } from 'astro';
import { youngPeopleFeed } from '../../lib/young/rss.ts';

export const GET: APIRoute = ({ site }) => youngPeopleFeed(site);
