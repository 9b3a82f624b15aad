/**
 * Labels and plain-language hints for every field the CMS shows, worded after
 * docs/content-model.md. Keyed by field path ("contact.phone", "locations.latitude");
 * a key prefixed with the collection ("grants.summary") wins over the shared one.
 *
 * A test fails when a schema field has no entry here, so a new field cannot reach
 * editors without a label and a hint.
 */
import { penNameRule } from '../schemas/articles.ts';

export interface FieldText {
  label: string;
  hint: string;
}

export const fieldText: Record<string, FieldText> = {
  // Shared by several collections.
  name: { label: 'Name', hint: 'The name people know it by.' },
  title: { label: 'Title', hint: 'A short, clear title.' },
  summary: {
    label: 'Summary',
    hint: 'One or two plain sentences, at most 240 characters. Shown in lists and search results.',
  },
  source: {
    label: 'Source',
    hint: 'How you know: who told you or where you read it, and when, e.g. "Phoned the service, March 2026" or a web page.',
  },
  categories: { label: 'Topics', hint: 'Choose the topics this is about.' },
  audiences: { label: 'Who it is for', hint: 'Choose everyone it is meant for, including professionals.' },
  localities: {
    label: 'Areas',
    hint: 'One or more of the ten localities, "Whole city" or "Online" (available wherever you live).',
  },
  outcomes: { label: 'Outcomes', hint: 'Which of the nine outcomes of the Vision it helps with (optional).' },
  pfaPathways: {
    label: 'Preparation for Adulthood',
    hint: 'The Preparation for Adulthood pathways it supports (optional).',
  },
  relatedServices: { label: 'Related services', hint: 'Services to show alongside it (optional).' },
  assuredDate: {
    label: 'Last checked',
    hint: 'When someone last checked this listing with the people who run it. After you check it, type your role and press "Mark as checked today".',
  },
  assurerRole: {
    label: 'Checked by (role)',
    hint: 'Set by "Mark as checked today" from the role you type there, e.g. "Community Connector, Erdington". Never a personal name.',
  },
  contact: { label: 'Contact', hint: 'How people get in touch. Leave a line empty if it is not known.' },
  'contact.phone': { label: 'Phone', hint: 'A UK number as people dial it, e.g. 0121 303 1888.' },
  'contact.email': { label: 'Email', hint: 'An email address for enquiries.' },
  'contact.website': { label: 'Website', hint: 'The full address, starting with https://' },
  eligibilityDescription: { label: 'Who can use it', hint: 'Who can use it, in plain words (optional).' },
  importHash: {
    label: 'Import check',
    hint: 'Written by the import to notice later edits. Hidden in the CMS.',
  },
  updated: { label: 'Last updated', hint: 'When this was last updated.' },
  body: { label: 'Description', hint: 'The main text, in plain language. Use headings and lists to break it up.' },

  // services
  'services.name': { label: 'Name', hint: 'The name people know the service or group by.' },
  kind: {
    label: 'Kind',
    hint: 'A service run by a council, trust, NHS body, school or charity, or a community group or activity.',
  },
  'services.summary': {
    label: 'Summary',
    hint: 'One or two plain sentences, at most 240 characters: what it is and who it helps.',
  },
  organisation: { label: 'Run by', hint: 'The organisation that runs it. Add the organisation first if it is new.' },
  needs: { label: 'Helps with', hint: 'Specific needs and conditions it helps with (optional).' },
  minimumAge: { label: 'Youngest age', hint: 'In years, 0 to 25. Leave both ages empty for all ages.' },
  maximumAge: { label: 'Oldest age', hint: 'In years, 0 to 25. Leave both ages empty for all ages.' },
  levelOfNeed: {
    label: 'Level of need',
    hint: 'Right Help Right Time: universal, universal plus, additional or specialist.',
  },
  neighbourhood: { label: 'Neighbourhood', hint: 'A neighbourhood or ward, e.g. Falcon Lodge (optional).' },
  delivery: { label: 'How it is delivered', hint: 'In person, online, by phone, at home, in school, in groups...' },
  locations: {
    label: 'Places',
    hint: 'Where it happens. Mark refuges and safe houses as confidential: their address is never published.',
  },
  'locations.name': { label: 'Place name', hint: 'e.g. Erdington Library (optional).' },
  'locations.address': { label: 'Address', hint: 'Street address, without the postcode (optional).' },
  'locations.postcode': { label: 'Postcode', hint: 'A UK postcode, e.g. B23 6TB (optional).' },
  'locations.latitude': {
    label: 'Latitude',
    hint: 'For the map: a number between 51.9 and 53.25, e.g. 52.5236. Give both latitude and longitude, or neither.',
  },
  'locations.longitude': {
    label: 'Longitude',
    hint: 'For the map: a negative number between -3.25 and -1.15, e.g. -1.8386. Give both, or neither.',
  },
  'locations.confidential': {
    label: 'Confidential address',
    hint: 'Tick for a refuge or safe house: the address and map pin are never published.',
  },
  cost: { label: 'Cost', hint: 'What it costs people to use.' },
  'cost.type': {
    label: 'Cost type',
    hint: 'Free, free with a referral, a grant or voucher, low cost, paid or varies.',
  },
  'cost.detail': { label: 'Cost details', hint: 'Anything more about the cost, in a sentence (optional).' },
  applicationProcess: {
    label: 'How to get help',
    hint: 'How people start using it, in plain words: who to contact, whether a referral is needed.',
  },
  accessRoutes: {
    label: 'Ways in',
    hint: 'Self-referral, through the locality team, school, GP or a professional, no diagnosis needed...',
  },
  schedule: { label: 'Opening times', hint: 'Regular days and times, a note such as "term time only", or both.' },
  'schedule.regular': { label: 'Regular times', hint: 'One line for each set of days with the same times.' },
  'schedule.regular.days': { label: 'Days', hint: 'The days these times apply to.' },
  'schedule.regular.opensAt': { label: 'Opens at', hint: 'A 24-hour time written as HH:MM, e.g. 09:30.' },
  'schedule.regular.closesAt': {
    label: 'Closes at',
    hint: 'A 24-hour time written as HH:MM, e.g. 17:00. Must be after the opening time.',
  },
  'schedule.note': { label: 'Note about times', hint: 'e.g. "Term time only" or "Phone for an appointment".' },
  languages: {
    label: 'Languages spoken',
    hint: 'The languages staff speak with families, as the service has told you (optional). Not languages only offered through an interpreter.',
  },
  interpreterAvailable: {
    label: 'Interpreter available',
    hint: 'Tick only if the service has confirmed it arranges an interpreter for other languages. Leave alone if you do not know.',
  },
  interpretationServices: {
    label: 'About interpreters',
    hint: 'How to ask for an interpreter or which languages, in a sentence (optional).',
  },
  accessibility: { label: 'Accessibility', hint: 'Physical and other access, e.g. step-free entrance (optional).' },
  anonymous: { label: 'Can be used anonymously', hint: 'Tick if people can use it without giving their name.' },
  'services.status': {
    label: 'Status',
    hint: 'Running, pilot, planned or no longer running. A service no longer running needs an end date. "Draft: needs review" is never published: finish it, then choose its real status.',
  },
  imported: {
    label: 'Imported from',
    hint: 'Filled in by the import: who publishes the directory it came from, the file or feed, its id there and the day. Leave as it is, so that the next import finds this listing again.',
  },
  'imported.publisher': { label: 'Publisher', hint: 'Who publishes the directory or spreadsheet it came from.' },
  'imported.from': { label: 'File or feed', hint: 'The file or feed address it was imported from.' },
  'imported.sourceId': { label: 'Id in the source', hint: 'Its own id in that directory.' },
  'imported.date': { label: 'Imported on', hint: 'The day it was imported.' },
  'imported.licence': { label: 'Licence', hint: 'The licence the source is published under, e.g. CC BY 4.0.' },
  'imported.attribution': { label: 'Credit', hint: 'The credit the source asks for: the data page shows it.' },
  'imported.postcodeLookup': {
    label: 'Placed from its postcode',
    hint: 'Set by the import when the map position came from the postcode lookup (credited on the data page).',
  },
  reviewNotes: {
    label: 'To check before publishing',
    hint: 'What the import found missing or doubtful. Fix each, remove its line, then set the status.',
  },
  reviewIntervalMonths: {
    label: 'Check again after (months)',
    hint: 'Months before the listing must be checked again, 1 to 36. Leave empty for the usual 12.',
  },
  keywords: { label: 'Other words people use', hint: 'Other words people search for, one per line (optional).' },
  startDate: { label: 'Started', hint: 'When it started (optional).' },
  endDate: { label: 'Stopped', hint: 'When it stopped: required when the status is "No longer running".' },

  // organisations
  'organisations.name': { label: 'Name', hint: 'The organisation’s full name.' },
  alternateName: { label: 'Other name', hint: 'An abbreviation or other name, e.g. BVSC (optional).' },
  charityNumber: {
    label: 'Charity number',
    hint: 'Its registered charity number, e.g. 1123456, or SC012345 in Scotland (optional). Imports match organisations by it.',
  },
  'organisations.kind': {
    label: 'Kind',
    hint: 'Council, children’s trust, NHS, school or education partnership, charity, faith group, police...',
  },
  website: { label: 'Website', hint: 'Its website, starting with https:// (optional).' },
  'organisations.localities': {
    label: 'Where it works',
    hint: 'The localities it works in, the whole city or online.',
  },

  // grants
  'grants.name': { label: 'Name', hint: 'The name of the grant or fund.' },
  funder: { label: 'Funder', hint: 'The organisation that funds or runs it. Add the organisation first if it is new.' },
  applicants: { label: 'Who can apply', hint: 'Families, young people applying for themselves, or community groups.' },
  amount: { label: 'Amount', hint: 'How much it gives, in pounds (optional).' },
  'amount.maximum': { label: 'Maximum (£)', hint: 'The most it gives, digits only, e.g. 150.' },
  'amount.typical': { label: 'Typical (£)', hint: 'A typical award, digits only; not above the maximum.' },
  'amount.detail': { label: 'Amount details', hint: 'Anything more about the amount, in a sentence.' },
  'grants.status': {
    label: 'Status',
    hint: 'Open (needs a closing date), open all year, planned or closed.',
  },
  opens: { label: 'Opens', hint: 'When applications open (optional).' },
  closes: { label: 'Closes', hint: 'When applications close: required when the status is "Open".' },
  'grants.eligibilityDescription': { label: 'Who can apply (details)', hint: 'Who can apply, in plain words.' },
  howToApply: { label: 'How to apply', hint: 'How to apply, or who applies for you.' },
  'grants.localities': { label: 'Where it applies', hint: 'The localities it covers, the whole city or online.' },

  // localities
  'localities.name': { label: 'Name', hint: 'The locality’s name.' },
  boundaryKey: { label: 'Boundary on the map', hint: 'Which of the ten locality boundaries this is.' },
  neighbourhoods: { label: 'Neighbourhoods', hint: 'Neighbourhoods and places in it, one per line (optional).' },
  wards: { label: 'Wards', hint: 'The wards it covers, one per line (optional).' },
  leadOrganisation: { label: 'Lead organisation', hint: 'The voluntary sector lead for the locality, where known.' },
  communityNotes: { label: 'Communities and strengths', hint: 'Communities and strengths, in a sentence (optional).' },

  // articles (young editors)
  'articles.title': { label: 'Title', hint: 'A short title that says what the article is about.' },
  'articles.summary': { label: 'Summary', hint: 'One or two sentences, at most 240 characters, to tempt readers in.' },
  author: {
    label: 'Your pen name',
    hint: `Use ${penNameRule}. For example "Skylark".`,
  },
  topics: { label: 'Topics', hint: 'Choose at least one topic.' },
  publishedDate: { label: 'Date', hint: 'The date to show on the article.' },
  'articles.status': {
    label: 'Status',
    hint: 'Only published articles appear on the site. Choose Draft while you write; a reviewer chooses Published.',
  },
  reviewer: {
    label: 'Reviewed by',
    hint: 'Reviewers: your role or pen name. Fill it in and save before you publish; the article cannot be published without it.',
  },
  'articles.relatedServices': { label: 'Related services', hint: 'Services readers might want to know about.' },
  contentNote: {
    label: 'Content note',
    hint: 'A warning shown before the article if it talks about something upsetting, e.g. self-harm (optional).',
  },
  'articles.source': { label: 'Sources', hint: 'Where the facts in your article come from, e.g. a website.' },
  'articles.body': { label: 'Article', hint: 'Write your article here. Never include your full name, age or school.' },

  // guides
  order: { label: 'Order', hint: 'Position in lists: lower numbers come first (100 is the usual).' },
  'guides.source': { label: 'Source', hint: 'The law, guidance or document the guide is based on.' },

  // glossary
  term: { label: 'Term', hint: 'The word or abbreviation as pages write it, e.g. "EHCP" or "short breaks".' },
  standsFor: {
    label: 'Stands for',
    hint: 'For an abbreviation, what the letters stand for, e.g. "Education, Health and Care plan" (optional).',
  },
  alsoWritten: {
    label: 'Also written as',
    hint: 'Other ways pages write it, one per line: plurals, the long form, older names. The first use of any of them on a page links to this entry.',
  },
  'glossary.summary': {
    label: 'Plain explanation',
    hint: 'One or two short sentences a parent new to the system would understand. No jargon.',
  },
  'glossary.body': { label: 'More detail', hint: 'What it means for a family and what to do next, in plain words.' },
  'glossary.source': { label: 'Source', hint: 'The law, guidance or document the explanation is based on.' },

  // feedback ("You said, we did")
  received: { label: 'Comment received', hint: 'When the comment was received.' },
  youSaid: { label: 'You said', hint: 'What people told us, in their words or a fair summary. No names.' },
  weDid: { label: 'We did', hint: 'What was done about it.' },
  responded: { label: 'Responded', hint: 'When the action was taken or the reply published.' },
};

/** The text for a field, most specific key first. */
export function textFor(collection: string, path: string): FieldText | undefined {
  return fieldText[`${collection}.${path}`] ?? fieldText[path];
}
