// The site's own client directive (src/integrations/map-hydration.ts).
declare module 'astro' {
  interface AstroClientDirectives {
    'client:after-map'?: boolean;
  }
}

declare global {
  interface ImportMetaEnv {
    /** The CMS admin bundle's entry, relative to the site's base; set in builds only (src/integrations/cms-admin.ts). */
    readonly CMS_ADMIN_SCRIPT?: string;
    /** Which site this build makes: "young" for the young people's sister site; set by astro.config.mjs. */
    readonly SITE_VARIANT: 'main' | 'young';
  }
}

export {};
