/**
 * Adds the two CMS admins as pages: /admin/ (connectors) and /young-editors/
 * (young editors' articles). CMS_ADMIN=off leaves them out, for a site run
 * without the CMS and for test builds that only need the public pages.
 *
 * A build uses the admins' browser bundle made once by ./cms-bundle.ts (kept in
 * .cache/ until its sources change, out of node_modules so that `npm ci` keeps it) and copies it into the site;
 * `astro dev` serves src/cms/admin-entry.ts itself.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cmsBundleFolder, copyCmsBundle, ensureCmsBundle } from './cms-bundle.ts';
import { adminPages, adminPaths } from '../cms/admin-pages.ts';

const routeOf = (path: string) => path.replace(/\/$/, '');

export function cmsAdmin(options: { enabled?: boolean } = {}): AstroIntegration {
  const enabled = options.enabled ?? process.env.CMS_ADMIN !== 'off';
  let bundleDir: string | undefined;
  return {
    name: 'local-offer:cms-admin',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, updateConfig, logger }) => {
        if (!enabled) {
          logger.info('CMS_ADMIN=off: building without the CMS admin pages.');
          return;
        }
        if (command === 'build') {
          const root = fileURLToPath(config.root);
          bundleDir = fileURLToPath(new URL('.cache/cms-admin-bundle/', config.root));
          const { manifest, built } = ensureCmsBundle(bundleDir, root, (message) => logger.info(message));
          if (!built) logger.info(`Using the CMS admin bundle ${manifest.entry} (its sources are unchanged).`);
          // AdminLayout loads the bundle's entry by this name (the bundle is copied into the site at build:done).
          updateConfig({
            vite: {
              define: { 'import.meta.env.CMS_ADMIN_SCRIPT': JSON.stringify(`${cmsBundleFolder}/${manifest.entry}`) },
            },
          });
        }
        injectRoute({
          pattern: routeOf(adminPages.connectors),
          entrypoint: './src/cms/pages/admin.astro',
          prerender: true,
        });
        injectRoute({
          pattern: routeOf(adminPages.youngEditors),
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
        if (bundleDir) copyCmsBundle(bundleDir, fileURLToPath(dir));
        for (const path of adminPaths) {
          const file = new URL(`.${path}index.html`, dir);
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
