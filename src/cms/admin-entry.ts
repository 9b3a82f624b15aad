/**
 * The CMS bundle's entry: reads the settings the admin page was built with
 * (./admin-settings.ts) and starts Decap. Built once by
 * src/integrations/cms-bundle.ts; `astro dev` serves it straight from here.
 */
import { adminSettingsElementId, parseAdminSettings } from './admin-settings.ts';
import { startAdmin } from './admin.ts';

const settings = document.getElementById(adminSettingsElementId)?.textContent;
if (!settings) throw new Error(`The admin page has no #${adminSettingsElementId} settings.`);
startAdmin(parseAdminSettings(settings));
