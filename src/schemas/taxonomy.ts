/**
 * Every controlled vocabulary of the content model, defined once.
 *
 * Each list is an `as const` array of `{ value, label, description }` so that the
 * zod schemas, the Decap CMS configuration, the importers and the pages all read
 * the same values, labels and one-line descriptions. Values are stable slugs:
 * renaming one is a content migration. Sources for each list: section 9 of the
 * seeds digest (`shared/seeds-digest.md`).
 */

import { area } from '../area.ts';
import type { TermDefinition } from './terms.ts';

export type { TermDefinition } from './terms.ts';

/** The values of a term list, as a non-empty tuple for `z.enum`. */
export function termValues<const T extends readonly TermDefinition[]>(
  terms: T,
): [T[number]['value'], ...T[number]['value'][]] {
  return terms.map((term) => term.value) as [T[number]['value'], ...T[number]['value'][]];
}

/** The label of a term, or the value itself when the term is unknown. */
export function termLabel(terms: readonly TermDefinition[], value: string): string {
  return terms.find((term) => term.value === value)?.label ?? value;
}

export const serviceKinds = [
  {
    value: 'service',
    label: 'Service',
    description: 'A service or programme run by a council, trust, NHS body, school or charity.',
  },
  {
    value: 'community-asset',
    label: 'Community group or activity',
    description: 'A community group, faith space or activity mapped by Community Connectors.',
  },
] as const satisfies readonly TermDefinition[];

export const categories = [
  {
    value: 'mental-health-wellbeing',
    label: 'Mental health and wellbeing',
    description: 'Online support, counselling, school wellbeing, crisis help, bereavement and play therapy.',
  },
  {
    value: 'autism-adhd',
    label: 'Autism and ADHD',
    description: 'Support before and after a diagnosis, and training for parents.',
  },
  {
    value: 'send-disability',
    label: 'SEND and disability',
    description: 'Special educational needs, EHC plans, short breaks, equipment, advocacy and personal budgets.',
  },
  {
    value: 'early-help-family-support',
    label: 'Early Help and family support',
    description: 'Locality Early Help teams, help around the family or school, family group conferencing.',
  },
  {
    value: 'parenting',
    label: 'Parenting',
    description: 'Parenting courses and programmes, online and in person.',
  },
  {
    value: 'early-years',
    label: 'Early years',
    description: 'Pregnancy, babies and under-fives: health visiting, children’s centres, nurseries.',
  },
  {
    value: 'money-food-essentials',
    label: 'Money, food and essentials',
    description: 'Grants, food and fuel, baby bank, benefits advice, devices and data.',
  },
  {
    value: 'domestic-abuse',
    label: 'Domestic abuse',
    description: 'Support for anyone affected by domestic abuse, including refuge and crisis help.',
  },
  {
    value: 'housing-homelessness',
    label: 'Housing and homelessness',
    description: 'Temporary accommodation and help to prevent homelessness.',
  },
  {
    value: 'education-schools',
    label: 'Education and schools',
    description: 'School attendance, exclusion, moving to college (post-16) and admissions.',
  },
  {
    value: 'employment-training',
    label: 'Jobs and training',
    description: 'Apprenticeships, supported employment and help for young people not in work or study.',
  },
  {
    value: 'preparing-for-adulthood',
    label: 'Preparing for adulthood',
    description: 'Moving from children’s to adult life and services, ages 14 to 25.',
  },
  {
    value: 'community-activities',
    label: 'Community and activities',
    description: 'Clubs, allotments, cooking, sport, wellbeing groups and faith spaces.',
  },
  {
    value: 'health',
    label: 'Health',
    description: 'GPs, social prescribing, health checks and help around pregnancy and birth.',
  },
  {
    value: 'youth-voice',
    label: 'Youth voice',
    description: 'Youth boards, surveys and young editors: ways for young people to have a say.',
  },
  {
    value: 'safety-urgent-help',
    label: 'Safety and urgent help',
    description: 'Worried about a child’s safety, police and crisis help.',
  },
  {
    value: 'carers',
    label: 'Carers',
    description: 'Young carers and parents caring for a disabled child.',
  },
] as const satisfies readonly TermDefinition[];

export const audiences = [
  {
    value: 'families-parents-carers',
    label: 'Parents and carers',
    description: 'Parents, carers, grandparents and other family members.',
  },
  { value: 'children', label: 'Children', description: 'Children up to about 10 years old.' },
  { value: 'young-people', label: 'Young people', description: 'Young people from about 11 to 17.' },
  { value: 'young-adults-18-25', label: 'Young adults (18 to 25)', description: 'Young adults aged 18 to 25.' },
  {
    value: 'professionals',
    label: 'Professionals',
    description: 'Practitioners who signpost or refer families: schools, health, social care, voluntary sector.',
  },
  {
    value: 'schools-settings',
    label: 'Schools and settings',
    description: 'Schools, colleges and early years settings.',
  },
  {
    value: 'community-groups',
    label: 'Community groups',
    description: 'Voluntary, community and faith groups, for example applying for grants.',
  },
  { value: 'young-carers', label: 'Young carers', description: 'Children and young people who look after someone.' },
  {
    value: 'parent-carers-of-disabled-children',
    label: 'Parent carers of disabled children',
    description: 'Parents and carers of children with SEND or a disability.',
  },
  { value: 'care-leavers', label: 'Care leavers', description: 'Young people leaving or who have left care.' },
] as const satisfies readonly TermDefinition[];

/** Age bands used for browsing and search facets; listings store ageMin and ageMax. */
export const ageBands = [
  { value: '0-4', label: '0 to 4 years', description: 'Babies and under-fives.', min: 0, max: 4 },
  { value: '5-10', label: '5 to 10 years', description: 'Primary school age.', min: 5, max: 10 },
  { value: '11-15', label: '11 to 15 years', description: 'Secondary school age.', min: 11, max: 15 },
  { value: '16-18', label: '16 to 18 years', description: 'Post-16: college, training, sixth form.', min: 16, max: 18 },
  {
    value: '19-25',
    label: '19 to 25 years',
    description: 'Young adults, including up to 25 with an EHC plan.',
    min: 19,
    max: 25,
  },
] as const satisfies readonly (TermDefinition & { min: number; max: number })[];

export const levelsOfNeed = [
  { value: 'universal', label: 'For everyone', description: 'Open to everyone, no referral needed.' },
  {
    value: 'universal-plus',
    label: 'Some extra help',
    description: 'Early help for families who need a bit more support.',
  },
  {
    value: 'additional',
    label: 'Additional needs',
    description: 'Targeted help for children and families with additional needs.',
  },
  {
    value: 'specialist',
    label: 'Specialist or statutory',
    description: 'Specialist or statutory services, reached through an assessment or referral.',
  },
] as const satisfies readonly TermDefinition[];

export const specificNeeds = [
  { value: 'autism', label: 'Autism', description: 'Autistic children and young people, with or without a diagnosis.' },
  { value: 'adhd', label: 'ADHD', description: 'Attention deficit hyperactivity disorder.' },
  { value: 'learning-disability', label: 'Learning disability', description: 'A learning disability or difficulty.' },
  {
    value: 'physical-disability',
    label: 'Physical disability',
    description: 'A physical disability or mobility need.',
  },
  {
    value: 'sensory-impairment',
    label: 'Sight or hearing loss',
    description: 'Visual, hearing or multi-sensory impairment.',
  },
  { value: 'mental-health', label: 'Mental health', description: 'Emotional wellbeing and mental health.' },
  { value: 'anxiety', label: 'Anxiety', description: 'Worry, stress and anxiety.' },
  { value: 'eating-disorders', label: 'Eating disorders', description: 'Eating problems and eating disorders.' },
  { value: 'self-harm', label: 'Self-harm', description: 'Hurting yourself on purpose, or thoughts of it.' },
  { value: 'bereavement', label: 'Bereavement', description: 'When someone has died.' },
  { value: 'domestic-abuse', label: 'Domestic abuse', description: 'Abuse by a partner, ex-partner or family member.' },
  {
    value: 'honour-based-violence',
    label: 'Honour-based abuse',
    description: 'Abuse to protect what a family or community sees as its honour, including forced marriage.',
  },
  {
    value: 'child-sexual-exploitation',
    label: 'Sexual exploitation',
    description: 'Child sexual exploitation and abuse.',
  },
  {
    value: 'gangs-county-lines',
    label: 'Gangs and county lines',
    description: 'Gangs, criminal exploitation and county lines.',
  },
  {
    value: 'drugs-alcohol',
    label: 'Drugs and alcohol',
    description: 'Drug or alcohol use, your own or someone else’s.',
  },
  { value: 'youth-crime', label: 'Youth crime', description: 'Getting into trouble with the police.' },
  { value: 'bullying', label: 'Bullying', description: 'Bullying, in person or online.' },
  { value: 'racism', label: 'Racism', description: 'Racism and racist bullying.' },
  { value: 'homophobia', label: 'Homophobia and transphobia', description: 'Prejudice against LGBTQ+ young people.' },
  { value: 'school-exclusion', label: 'School exclusion', description: 'Excluded from school or at risk of it.' },
  {
    value: 'temporary-accommodation',
    label: 'Temporary accommodation',
    description: 'Families living in temporary accommodation.',
  },
  { value: 'homelessness', label: 'Homelessness', description: 'Homeless or at risk of losing your home.' },
  { value: 'poverty-debt', label: 'Money worries and debt', description: 'Low income, benefits and debt.' },
  { value: 'food-poverty', label: 'Not enough food', description: 'Struggling to afford food.' },
  {
    value: 'fuel-poverty',
    label: 'Heating and energy bills',
    description: 'Struggling to heat your home or pay for energy.',
  },
  { value: 'digital-poverty', label: 'No device or data', description: 'No device, internet or data to get online.' },
  {
    value: 'no-recourse-to-public-funds',
    label: 'No recourse to public funds',
    description: 'Families whose immigration status means they cannot claim most benefits.',
  },
  {
    value: 'new-arrivals-asylum',
    label: 'New arrivals and asylum',
    description: 'Families new to the country, refugees and people seeking asylum.',
  },
  {
    value: 'caring-responsibilities',
    label: 'Caring for someone',
    description: 'Looking after a family member who is ill, disabled or has a mental health or substance problem.',
  },
  {
    value: 'life-limiting-condition',
    label: 'Life-limiting condition',
    description: 'A life-limiting or complex medical condition.',
  },
  { value: 'leaving-care', label: 'Leaving care', description: 'Young people leaving care and care leavers.' },
  { value: 'youth-justice', label: 'Youth justice', description: 'Young people in the youth justice system.' },
] as const satisfies readonly TermDefinition[];

/** The area's localities, from area/area.config.ts. Slugs match the boundary data. */
export const localityAreas = area.localities;

/** Where a listing is available: one of the localities, the whole city, or online anywhere. */
export const serviceAreas = [
  ...localityAreas,
  { value: 'citywide', label: 'Whole city', description: 'Available to families anywhere in the city.' },
  { value: 'online', label: 'Online', description: 'Online or by phone, wherever you live.' },
] as const satisfies readonly TermDefinition[];

export const deliveryModes = [
  { value: 'in-person', label: 'In person', description: 'At a venue you visit.' },
  { value: 'online', label: 'Online', description: 'On a website, app or video call.' },
  { value: 'phone', label: 'By phone', description: 'By phone or text.' },
  { value: 'at-home', label: 'At home', description: 'A worker visits you at home.' },
  { value: 'in-school', label: 'In school', description: 'In school or college.' },
  { value: 'group', label: 'In a group', description: 'A group session or course.' },
  { value: 'one-to-one', label: 'One to one', description: 'Just you (or your family) and a worker.' },
] as const satisfies readonly TermDefinition[];

export const costTypes = [
  { value: 'free', label: 'Free', description: 'Free to use.' },
  {
    value: 'free-referral-needed',
    label: 'Free, with a referral',
    description: 'Free, but you need a referral from a school, locality team or professional.',
  },
  { value: 'grant-or-voucher', label: 'Grant or voucher', description: 'Money, a voucher or a payment to you.' },
  { value: 'low-cost', label: 'Low cost', description: 'A small charge.' },
  { value: 'paid', label: 'Paid', description: 'You pay for this service.' },
  { value: 'varies', label: 'Cost varies', description: 'The cost depends on what you use or on an assessment.' },
] as const satisfies readonly TermDefinition[];

export const accessRoutes = [
  {
    value: 'self-refer-online',
    label: 'Sign up online yourself',
    description: 'You can sign up or refer yourself online.',
  },
  {
    value: 'self-refer-phone-or-drop-in',
    label: 'Phone or drop in',
    description: 'You can phone or drop in without a referral.',
  },
  {
    value: 'via-locality-early-help-team',
    label: 'Through your locality Early Help team',
    description: 'Ask the Early Help team for your area.',
  },
  { value: 'via-school', label: 'Through school', description: 'Your school or college can refer you.' },
  {
    value: 'via-gp-social-prescribing',
    label: 'Through a GP or social prescriber',
    description: 'Your GP or a social prescribing link worker can refer you.',
  },
  {
    value: 'via-professional',
    label: 'Through a professional',
    description: 'A social worker, health visitor or other professional refers you.',
  },
  {
    value: 'statutory-assessment',
    label: 'After an assessment',
    description: 'Available after a needs assessment, for example for an EHC plan.',
  },
  {
    value: 'no-diagnosis-needed',
    label: 'No diagnosis needed',
    description: 'You do not need a diagnosis to get help.',
  },
] as const satisfies readonly TermDefinition[];

export const serviceStatuses = [
  { value: 'current', label: 'Running', description: 'Running now, as far as the source shows.' },
  { value: 'pilot', label: 'Pilot', description: 'A pilot or trial: it may change or end.' },
  { value: 'planned', label: 'Planned', description: 'Planned in the source documents; not confirmed as running.' },
  {
    value: 'historic',
    label: 'No longer running',
    description: 'Ran in the past; kept for the record and for people looking for it.',
  },
  {
    value: 'draft',
    label: 'Draft: needs review',
    description:
      'Imported or started but not finished: never published. Its review notes say what is missing or doubtful.',
  },
] as const satisfies readonly TermDefinition[];

export const organisationKinds = [
  { value: 'council', label: 'Council', description: 'A local authority.' },
  { value: 'childrens-trust', label: 'Children’s trust', description: 'A children’s social care trust.' },
  { value: 'nhs', label: 'NHS', description: 'An NHS trust, clinical commissioning group or health partnership.' },
  {
    value: 'school-education-partnership',
    label: 'School or education partnership',
    description: 'A school, college or education partnership.',
  },
  {
    value: 'voluntary-community',
    label: 'Voluntary or community group',
    description: 'A charity, voluntary or community organisation.',
  },
  { value: 'faith-group', label: 'Faith group', description: 'A faith-based organisation or place of worship.' },
  {
    value: 'national-online-provider',
    label: 'National online provider',
    description: 'A national organisation that provides help online or by phone.',
  },
  { value: 'police', label: 'Police', description: 'A police force.' },
  { value: 'partnership', label: 'Partnership', description: 'A partnership of several organisations.' },
] as const satisfies readonly TermDefinition[];

export const grantApplicants = [
  { value: 'families', label: 'Families', description: 'Families and parents or carers.' },
  { value: 'young-people', label: 'Young people', description: 'Young people applying for themselves.' },
  { value: 'community-groups', label: 'Community groups', description: 'Voluntary, community and faith groups.' },
] as const satisfies readonly TermDefinition[];

export const grantStatuses = [
  { value: 'open', label: 'Open', description: 'Taking applications now, until the closing date.' },
  { value: 'rolling', label: 'Open all year', description: 'Takes applications at any time.' },
  { value: 'planned', label: 'Planned', description: 'Planned, not yet open.' },
  { value: 'closed', label: 'Closed', description: 'Closed: no longer taking applications.' },
] as const satisfies readonly TermDefinition[];

/** The nine outcomes of the Vision, in the young people's own words (seed 003, lines 2258-2268). */
export const outcomes = [
  { value: 'reduce-poverty', label: 'Reduce poverty', description: 'Fewer children and families living in poverty.' },
  { value: 'good-jobs', label: 'Good jobs', description: 'Good jobs in the city for young people.' },
  {
    value: 'safe-city-less-bullying',
    label: 'City feels safe with reduced bullying',
    description: 'A city that feels safe, with less bullying.',
  },
  {
    value: 'physical-mental-health',
    label: 'Physical and mental health',
    description: 'Good physical and mental health for every child.',
  },
  {
    value: 'good-education',
    label: 'Good education and opportunities',
    description: 'A good education and opportunities for everyone.',
  },
  { value: 'home-for-every-family', label: 'A home for every family', description: 'A safe home for every family.' },
  { value: 'reduce-domestic-abuse', label: 'Reduce domestic abuse', description: 'Less domestic abuse.' },
  {
    value: 'clean-green',
    label: 'Clean, green and eco friendly',
    description: 'A clean, green, eco-friendly city.',
  },
  {
    value: 'happy-inclusive-no-racism',
    label: 'Happy, inclusive and no racism',
    description: 'A happy, inclusive city with no racism.',
  },
] as const satisfies readonly TermDefinition[];

/** Preparation for Adulthood pathway domains (seed 000, lines 413-418 and 997-1019). */
export const pfaPathways = [
  { value: 'education', label: 'Education', description: 'School, college, training and learning after 16.' },
  { value: 'employment', label: 'Employment', description: 'Work, apprenticeships and supported employment.' },
  {
    value: 'independent-living-housing',
    label: 'Independent living and housing',
    description: 'Where and how you live as an adult, with the support you need.',
  },
  {
    value: 'community-inclusion',
    label: 'Friends, relationships and community',
    description: 'Friendships, relationships and being part of your community.',
  },
  { value: 'health', label: 'Health', description: 'A healthy life, and moving to adult health services.' },
] as const satisfies readonly TermDefinition[];

export const articleTopics = [
  { value: 'mental-health', label: 'Mental health', description: 'Feelings, stress, anxiety and getting support.' },
  { value: 'your-rights', label: 'Your voice and rights', description: 'Having a say and knowing your rights.' },
  { value: 'school-college', label: 'School and college', description: 'Learning, exams and what comes next.' },
  { value: 'jobs-money', label: 'Jobs and money', description: 'Work, training and money.' },
  { value: 'growing-up', label: 'Growing up', description: 'Preparing for adult life.' },
  { value: 'staying-safe', label: 'Staying safe', description: 'Bullying, relationships and safety.' },
  { value: 'your-city', label: 'Your city', description: 'The city, what is on and what young people want.' },
] as const satisfies readonly TermDefinition[];

export const articleStatuses = [
  { value: 'draft', label: 'Draft', description: 'Being written: not shown on the site.' },
  { value: 'in-review', label: 'In review', description: 'Waiting for a reviewer: not shown on the site.' },
  { value: 'published', label: 'Published', description: 'Reviewed and live on the site.' },
] as const satisfies readonly TermDefinition[];

export const weekdays = [
  { value: 'monday', label: 'Monday', description: 'Monday.' },
  { value: 'tuesday', label: 'Tuesday', description: 'Tuesday.' },
  { value: 'wednesday', label: 'Wednesday', description: 'Wednesday.' },
  { value: 'thursday', label: 'Thursday', description: 'Thursday.' },
  { value: 'friday', label: 'Friday', description: 'Friday.' },
  { value: 'saturday', label: 'Saturday', description: 'Saturday.' },
  { value: 'sunday', label: 'Sunday', description: 'Sunday.' },
] as const satisfies readonly TermDefinition[];

/** The languages a service is offered in: kept in their own file, with their names in their own scripts. */
export { spokenLanguages } from './spoken-languages.ts';
