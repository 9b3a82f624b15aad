/**
 * Adds the two CMS admins as pages: /admin/ (connectors) and /young-editors/
 * (young editors' articles). CMS_ADMIN=off leaves them out, for a site run
 * without the CMS and for test builds that only need the public pages (the
 * Decap bundle is most of the build time).
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';

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
      // Astro's security.csp writes the public site's strict policy into every page and has
      // no per-route opt-out. Two meta policies are both enforced, so the admins would get
      // the stricter one and Decap (which needs 'unsafe-eval' and inline styles, see
      // src/cms/csp.ts) would not start. Drop Astro's meta from the admin pages only: they
      // keep their own policy (AdminLayout) and the headers file gives them the same one.
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) return;
        for (const path of [adminPaths.connectors, adminPaths.youngEditors]) {
          const file = new URL(`.${path.replace(/\/?$/, '/')}index.html`, dir);
          const html = await readFile(file, 'utf8');
          const withoutSitePolicy = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
          if (withoutSitePolicy === html) continue;
          await writeFile(file, withoutSitePolicy);
          logger.info(`${path}: the admin's own Content Security Policy applies (src/cms/csp.ts).`);
        }
      },
    },
  };
}
