/** Registers `client:after-map` (src/components/map/hydrate-after-map.ts) for the map page's island. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function mapHydration(): AstroIntegration {
  return {
    name: 'local-offer:map-hydration',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'after-map',
          entrypoint: fileURLToPath(new URL('../components/map/hydrate-after-map.ts', import.meta.url)),
        });
      },
    },
  };
}
