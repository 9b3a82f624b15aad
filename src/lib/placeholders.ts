/**
 * Settings still at the placeholder values a fork starts with (reserved example domains,
 * RFC 2606 and RFC 6761), which must be replaced before the site goes live: the site's address
 * (canonical links, feeds, the CMS's "View Live") and the feedback email people write to.
 */
const reservedNames = ['example', 'test', 'invalid', 'localhost'];
const reservedDomains = ['example.com', 'example.net', 'example.org'];

/** True for a host name on a reserved example or test domain. */
export function isPlaceholderHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  const last = name.split('.').at(-1) ?? '';
  return (
    reservedNames.includes(last) || reservedDomains.some((domain) => name === domain || name.endsWith(`.${domain}`))
  );
}

export interface PlaceholderSettings {
  /** The address the site is built for (SITE_URL, or YOUNG_SITE_URL for the young people's site). */
  siteUrl: string;
  feedbackEmail: string;
}

/** One line per setting still at a placeholder, naming the variable that sets it. */
export function placeholderProblems(
  settings: PlaceholderSettings,
  variables: { siteUrl: string; feedbackEmail: string } = { siteUrl: 'SITE_URL', feedbackEmail: 'FEEDBACK_EMAIL' },
): string[] {
  const problems: string[] = [];
  let host = '';
  try {
    host = new URL(settings.siteUrl).hostname;
  } catch {
    problems.push(`${variables.siteUrl} "${settings.siteUrl}" is not a web address: set it to the site's real one`);
  }
  if (host && isPlaceholderHost(host)) {
    problems.push(`${variables.siteUrl} is still the placeholder ${settings.siteUrl}: set the site's real address`);
  }
  const emailHost = settings.feedbackEmail.split('@')[1] ?? '';
  if (!emailHost || isPlaceholderHost(emailHost)) {
    problems.push(
      `${variables.feedbackEmail} is still the placeholder ${settings.feedbackEmail}: set the address that reads feedback`,
    );
  }
  return problems;
}
