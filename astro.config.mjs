// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { contentCheck } from './src/integrations/content-check.ts';

export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL ?? 'https://localoffer.example.org',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [contentCheck(), react()],
});
