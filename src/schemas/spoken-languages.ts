/**
 * The languages a service can be offered in, for `languages` on services.
 *
 * Values are ISO 639 codes (two letters, ISO 639-1, where one exists; otherwise
 * the three-letter ISO 639-3 code, e.g. "bfi" for British Sign Language), so
 * they travel unchanged to Open Referral UK's `languages[].code` and to
 * schema.org's `availableLanguage`. Each language is named in English and in
 * its own script (`nativeName`, shown with its own `lang` on the page), so a
 * reader finds their language without reading English.
 *
 * The list covers English, the languages the partnership's equality analysis
 * names (Urdu and the other South Asian languages, Romanian, Polish, the
 * languages of Afghan, Iraqi and African new arrivals) and the other main
 * languages of Birmingham in the 2021 Census. Add a language by adding a line:
 * the CMS, the import, the filters and the browse pages read this list.
 * `aliases` are the other ways people and feeds write it (the import accepts them).
 */
/** A term of an option list (TermDefinition in taxonomy.ts, which re-exports this list: not imported, to keep no circle). */
export interface SpokenLanguage {
  readonly value: string;
  readonly label: string;
  readonly description: string;
  /** The language's name in the language itself, in its own script. */
  readonly nativeName: string;
  /** Writing direction of `nativeName`. */
  readonly dir: 'ltr' | 'rtl';
  /** Other names and codes that mean this language (ISO 639-2/3 codes, other spellings). */
  readonly aliases: readonly string[];
}

const language = (
  value: string,
  label: string,
  nativeName: string,
  aliases: readonly string[] = [],
  dir: 'ltr' | 'rtl' = 'ltr',
): SpokenLanguage => ({ value, label, nativeName, dir, aliases, description: `${label} (${nativeName})` });

export const spokenLanguages = [
  language('en', 'English', 'English', ['eng']),
  language('ur', 'Urdu', 'اردو', ['urd'], 'rtl'),
  language('pa', 'Punjabi', 'ਪੰਜਾਬੀ', ['pan', 'panjabi', 'pnb', 'mirpuri', 'pahari']),
  language('bn', 'Bengali', 'বাংলা', ['ben', 'bangla', 'sylheti', 'syl']),
  language('ar', 'Arabic', 'العربية', ['ara'], 'rtl'),
  language('ps', 'Pashto', 'پښتو', ['pus', 'pushto'], 'rtl'),
  language('fa', 'Persian (Farsi)', 'فارسی', ['fas', 'per', 'farsi', 'persian'], 'rtl'),
  language('prs', 'Dari', 'دری', [], 'rtl'),
  language('ku', 'Kurdish', 'Kurdî / کوردی', ['kur', 'kurmanji', 'sorani', 'ckb', 'kmr']),
  language('so', 'Somali', 'Soomaali', ['som']),
  language('ti', 'Tigrinya', 'ትግርኛ', ['tir']),
  language('am', 'Amharic', 'አማርኛ', ['amh']),
  language('ro', 'Romanian', 'Română', ['ron', 'rum']),
  language('pl', 'Polish', 'Polski', ['pol']),
  language('uk', 'Ukrainian', 'Українська', ['ukr']),
  language('ru', 'Russian', 'Русский', ['rus']),
  language('lt', 'Lithuanian', 'Lietuvių', ['lit']),
  language('sk', 'Slovak', 'Slovenčina', ['slk', 'slo']),
  language('cs', 'Czech', 'Čeština', ['ces', 'cze']),
  language('bg', 'Bulgarian', 'Български', ['bul']),
  language('hu', 'Hungarian', 'Magyar', ['hun']),
  language('sq', 'Albanian', 'Shqip', ['sqi', 'alb']),
  language('tr', 'Turkish', 'Türkçe', ['tur']),
  language('gu', 'Gujarati', 'ગુજરાતી', ['guj']),
  language('hi', 'Hindi', 'हिन्दी', ['hin']),
  language('ta', 'Tamil', 'தமிழ்', ['tam']),
  language('zh', 'Chinese', '中文', ['zho', 'chi']),
  language('yue', 'Cantonese', '粵語', ['cantonese']),
  language('cmn', 'Mandarin', '普通话', ['mandarin']),
  language('vi', 'Vietnamese', 'Tiếng Việt', ['vie']),
  language('fr', 'French', 'Français', ['fra', 'fre']),
  language('pt', 'Portuguese', 'Português', ['por']),
  language('es', 'Spanish', 'Español', ['spa']),
  language('it', 'Italian', 'Italiano', ['ita']),
  language('bfi', 'British Sign Language (BSL)', 'British Sign Language', ['bsl', 'british sign language']),
] as const satisfies readonly SpokenLanguage[];

const byAlias = new Map<string, SpokenLanguage>();
for (const entry of spokenLanguages as readonly SpokenLanguage[]) {
  for (const name of [entry.value, entry.label, entry.nativeName, ...entry.aliases]) {
    byAlias.set(name.toLocaleLowerCase('en-GB'), entry);
  }
}

/**
 * The language a code or name means, as spreadsheets and feeds write it: "ur",
 * "urd", "Urdu", "URDU", "اردو", "ur-PK" (a region is ignored). Undefined when unknown.
 */
export function findSpokenLanguage(text: string): SpokenLanguage | undefined {
  const key = text.trim().toLocaleLowerCase('en-GB');
  return byAlias.get(key) ?? byAlias.get(key.replace(/[-_][a-z0-9]+$/i, ''));
}

/** The language of a code in the list (undefined for a code not in it). */
export function spokenLanguage(code: string): SpokenLanguage | undefined {
  return (spokenLanguages as readonly SpokenLanguage[]).find((entry) => entry.value === code);
}

/**
 * Language names or codes as a spreadsheet or feed gives them, as codes for the
 * `languages` field: each known one becomes its code (once); an unknown one is
 * kept as written, so the content check names it and the listing waits as a
 * draft instead of losing it.
 */
export function languageCodes(names: readonly string[]): string[] {
  const codes = names.map((name) => findSpokenLanguage(name)?.value ?? name.trim()).filter((code) => code !== '');
  return [...new Set(codes)];
}
