/**
 * Birmingham: the area this copy of the site serves. A fork for another area replaces
 * this folder (settings, boundary and postcode files, their notes) and `content/`;
 * docs/fork.md walks through it. No imports here: src/area.ts checks it against AreaSettings.
 */
export const area = {
  name: 'Birmingham',
  siteName: 'Birmingham Local Offer',
  tagline: 'Help and support for children, young people and families in Birmingham',
  partnership: 'Birmingham Children’s Partnership',
  youngSite: {
    name: 'Birmingham Young People',
    tagline: 'Advice, support and your say, for young people aged 11 to 25 in Birmingham',
    // Deep blue, dark blue, sunflower.
    colours: { brand: '#164f8c', brandDark: '#0e355f', accent: '#ffd166' },
  },
  // Plum, dark plum, warm yellow: white text on the first two and body text on the third pass WCAG AA.
  colours: { brand: '#7a1f5c', brandDark: '#5a1543', accent: '#fbe3a6' },
  // Local crisis lines, shown with the national numbers (999, NHS 111, Samaritans, Childline). Empty on
  // purpose: a local line, such as the NHS mental health trust's 24-hour crisis line for young people,
  // is added only by someone who has checked the number on the provider's own public web page, given as
  // `source` (fields: src/schemas/crisis-lines.ts). Do not copy numbers from old leaflets or directories.
  crisisLines: [],
  // Rough bounding box of the West Midlands region.
  bounds: { name: 'the West Midlands', minLat: 51.9, maxLat: 53.25, minLng: -3.25, maxLng: -1.15 },
  // The ten Early Help localities, in the order the business case lists them.
  localities: [
    { value: 'sutton-coldfield', label: 'Sutton Coldfield', description: 'Sutton Coldfield locality.' },
    { value: 'erdington', label: 'Erdington', description: 'Erdington locality.' },
    { value: 'hodge-hill', label: 'Hodge Hill', description: 'Hodge Hill locality.' },
    { value: 'yardley', label: 'Yardley', description: 'Yardley locality.' },
    { value: 'perry-barr', label: 'Perry Barr', description: 'Perry Barr locality.' },
    { value: 'ladywood', label: 'Ladywood', description: 'Ladywood locality, including the city centre.' },
    { value: 'selly-oak', label: 'Selly Oak', description: 'Selly Oak locality.' },
    { value: 'hall-green', label: 'Hall Green', description: 'Hall Green locality.' },
    { value: 'edgbaston', label: 'Edgbaston', description: 'Edgbaston locality.' },
    { value: 'northfield', label: 'Northfield', description: 'Northfield locality.' },
  ],
  examplePostcodes: ['B15', 'B23 6AA'],
  files: {
    boundaries: 'birmingham-localities.geojson',
    postcodeDistricts: 'birmingham-postcode-districts.csv',
    postcodes: 'birmingham-postcodes.csv',
    notes: 'GEODATA.md',
  },
  attribution:
    'Contains OS data © Crown copyright and database right. Contains Royal Mail data © Royal Mail copyright and database right. Contains National Statistics data © Crown copyright and database right. Licensed under the Open Government Licence v3.0.',
  postcodeAttribution:
    'Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal Mail copyright and database right 2025. Contains National Statistics data © Crown copyright and database right 2025. Licensed under the Open Government Licence v3.0.',
} as const;
