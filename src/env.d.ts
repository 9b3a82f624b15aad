// The site's own client directive (src/integrations/map-hydration.ts).
declare module 'astro' {
  interface AstroClientDirectives {
    'client:after-map'?: boolean;
  }
}

export {};
