import { describe, expect, it } from 'vitest';
import { adminSettingsJson, parseAdminSettings, type AdminSettings } from '../../src/cms/admin-settings.ts';

describe('the settings an admin page gives the CMS bundle', () => {
  const settings: AdminSettings = {
    role: 'young-editors',
    env: { PUBLIC_CMS_BACKEND: 'gitea', PUBLIC_CMS_REPO: 'council/local-offer' },
    siteUrl: 'https://localoffer.example.org',
    serviceChoices: [{ id: 'kooth', name: 'Kooth </script><script>alert(1)</script>' }],
  };

  it('reads back what the page wrote', () => {
    expect(parseAdminSettings(adminSettingsJson(settings))).toEqual(settings);
  });

  it('cannot close the script element that holds it, whatever a service is called', () => {
    expect(adminSettingsJson(settings)).not.toContain('<');
  });

  it.each([
    ['a role that is not an admin', { ...settings, role: 'owner' }, /role must be one of connectors, young-editors/],
    ['settings that are not strings', { ...settings, env: { PUBLIC_CMS_REPO: 3 } }, /env must be/],
    ['service choices without names', { ...settings, serviceChoices: [{ id: 'kooth' }] }, /serviceChoices/],
    ['a site address that is not text', { ...settings, siteUrl: 42 }, /siteUrl/],
  ])('refuses %s, saying what is wrong', (_case, value, message) => {
    expect(() => parseAdminSettings(JSON.stringify(value))).toThrow(message);
  });
});
