/**
 * Adds the two CMS admins as pages: /admin/ (connectors) and /young-editors/
 * (young editors' articles). CMS_ADMIN=off leaves them out, for a site run
 * without the CMS and for test builds that only need the public pages (the
 * Decap bundle is most of the build time).
 */
import type { AstroIntegration } from 'astro';

export const adminPaths = { connectors: '/admin', youngEditors: '/young-editors' } as const;

export function cmsAdmin(options: { enabled?: boolean } = {}): AstroIntegration {
  const enabled = options.enabled ?? process.env.CMS_ADMIN !== 'off';
  return {
    name: 'local-offer:cms-admin',
    hooks: {
      'astro:config:setup': ({ injectRoute, logger }) => {
        if (!enabled) {
          logger.info('CMS_ADMIN=off: building without the CMS admin pages.');
          return;
        }
        injectRoute({ pattern: adminPaths.connectors, entrypoint: './src/cms/pages/admin.astro', prerender: true });
        injectRoute({
          pattern: adminPaths.youngEditors,
          entrypoint: './src/cms/pages/young-editors.astro',
          prerender: true,
        });
      },
    },
  };
}
