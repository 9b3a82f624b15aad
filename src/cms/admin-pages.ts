/** Where the CMS admins live (added as pages by src/integrations/cms-admin.ts): connectors and young editors. */
export const adminPages = { connectors: '/admin/', youngEditors: '/young-editors/' } as const;
export const adminPaths: readonly string[] = Object.values(adminPages);
