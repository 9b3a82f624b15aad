/**
 * Which pages carry the quick exit and the urgent help block, decided from a page's
 * categories and needs (the same taxonomy values as listings), so a new listing about
 * domestic abuse gets both without anyone remembering to add them.
 */

/** Categories whose readers may be watched at home, or may be in crisis. */
export const sensitiveCategories: readonly string[] = [
  'domestic-abuse',
  'mental-health-wellbeing',
  'safety-urgent-help',
];

/**
 * Specific needs where being seen reading the page could put someone at risk: abuse,
 * exploitation, self-harm, and LGBTQ+ young people who may not be out at home.
 */
export const sensitiveNeeds: readonly string[] = [
  'domestic-abuse',
  'honour-based-violence',
  'child-sexual-exploitation',
  'gangs-county-lines',
  'mental-health',
  'anxiety',
  'self-harm',
  'eating-disorders',
  'homophobia',
];

/** Needs where someone may be in crisis now: these pages also show urgent help numbers. */
export const crisisNeeds: readonly string[] = [
  'domestic-abuse',
  'honour-based-violence',
  'child-sexual-exploitation',
  'mental-health',
  'self-harm',
  'eating-disorders',
];

const overlaps = (values: readonly string[], set: readonly string[]) => values.some((value) => set.includes(value));

/** True when a page about these categories and needs should offer "Exit this page". */
export function needsQuickExit(categories: readonly string[] = [], needs: readonly string[] = []): boolean {
  return overlaps(categories, sensitiveCategories) || overlaps(needs, sensitiveNeeds);
}

/** True when a page about these categories and needs should show the urgent help numbers. */
export function needsUrgentHelp(categories: readonly string[] = [], needs: readonly string[] = []): boolean {
  return overlaps(categories, sensitiveCategories) || overlaps(needs, crisisNeeds);
}

/**
 * Numbers that are national, free or low cost, long established and unlikely to change.
 * Local crisis lines are area settings (`crisisLines` in area/area.config.ts), changed by reviewed pull request.
 */
export const nationalHelplines = [
  {
    id: 'emergency',
    name: 'Emergency services',
    phone: '999',
    when: 'If someone is in danger now, or has hurt themselves badly. If you cannot speak, stay on the line and press 55 when asked (from a mobile).',
  },
  {
    id: 'nhs111',
    name: 'NHS 111',
    phone: '111',
    when: 'Urgent medical or mental health help that is not an emergency. Open day and night, including for mental health.',
  },
  {
    id: 'samaritans',
    name: 'Samaritans',
    phone: '116 123',
    when: 'Someone to talk to about anything, day or night. Free to call.',
  },
  {
    id: 'childline',
    name: 'Childline',
    phone: '0800 1111',
    when: 'For anyone under 19. Free, and it does not show on the phone bill.',
  },
] as const;
