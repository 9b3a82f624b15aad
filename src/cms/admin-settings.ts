/**
 * What an admin page tells the CMS bundle: which admin it is, where content is
 * saved (the PUBLIC_CMS_* settings), the site's address and, for the young
 * editors, the services an article may link to. The page writes these as JSON
 * when it is built, so the bundle itself holds no build-time settings and is
 * built once for every site and every build (src/integrations/cms-bundle.ts).
 */
import type { CmsEnvironment } from './backend.ts';
import type { AdminRole } from './config.ts';

export interface ServiceChoice {
  id: string;
  name: string;
}

export interface AdminSettings {
  role: AdminRole;
  env: CmsEnvironment;
  siteUrl?: string | undefined;
  serviceChoices?: readonly ServiceChoice[] | undefined;
}

/** The id of the `<script type="application/json">` element holding the settings. */
export const adminSettingsElementId = 'cms-settings';

const roles: readonly AdminRole[] = ['connectors', 'young-editors'];

/** The settings as the text of a JSON script element: `<` escaped so no value can close the element. */
export function adminSettingsJson(settings: AdminSettings): string {
  return JSON.stringify(settings).replace(/</g, '\\u003c');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isServiceChoice(value: unknown): value is ServiceChoice {
  return isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string';
}

/** The settings back from that text; throws, naming what is wrong, if the page holds something else. */
export function parseAdminSettings(text: string): AdminSettings {
  const value: unknown = JSON.parse(text);
  if (!isRecord(value)) throw new Error('CMS settings: expected an object');
  const { role, env, siteUrl, serviceChoices } = value;
  if (!roles.includes(role as AdminRole)) {
    throw new Error(`CMS settings: role must be one of ${roles.join(', ')}; found ${JSON.stringify(role)}`);
  }
  if (!isRecord(env) || !Object.values(env).every((setting) => typeof setting === 'string')) {
    throw new Error('CMS settings: env must be an object of PUBLIC_CMS_* strings');
  }
  if (siteUrl !== undefined && typeof siteUrl !== 'string') throw new Error('CMS settings: siteUrl must be a string');
  if (serviceChoices !== undefined && !(Array.isArray(serviceChoices) && serviceChoices.every(isServiceChoice))) {
    throw new Error('CMS settings: serviceChoices must be a list of { id, name }');
  }
  return { role: role as AdminRole, env: env as CmsEnvironment, siteUrl, serviceChoices };
}
