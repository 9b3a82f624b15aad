// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { contentCheck } from './src/integrations/content-check.ts';

/**
 * SITE_VARIANT=young builds the young people's sister site (`npm run build:young`):
 * the same content and components, with its own pages (src/young-site/pages),
 * base URL and output folder.
 */
const young = process.env.SITE_VARIANT === 'young';

export default defineConfig({
  output: 'static',
  site: young
    ? (process.env.YOUNG_SITE_URL ?? 'https://young.localoffer.example.org')
    : (process.env.SITE_URL ?? 'https://localoffer.example.org'),
  srcDir: young ? './src/young-site' : './src',
  outDir: young ? './dist-young' : './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [contentCheck(), react()],
});
