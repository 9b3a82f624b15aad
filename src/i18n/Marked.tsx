/**
 * An island's message whose named placeholders take English words (a locality's name, a
 * service's name, the area's name) inside a sentence in the page's language: each such
 * value is marked with `lang`, as <Message> does on the server (src/components/Message.astro).
 * <Marked text={say('map.nearest', { distance })} english={{ name }} lang={sourceLang} />
 */
import type { ReactNode } from 'react';

interface MarkedProps {
  /** The message, formatted with every value but the English ones (their `{placeholders}` left in). */
  text: string;
  /** The placeholders whose values are English text, and those values. */
  english: Readonly<Record<string, string>>;
  /** The `lang` of the English text: undefined on an English page, where nothing needs marking. */
  lang: string | undefined;
}

export function Marked({ text, english, lang }: MarkedProps): ReactNode {
  return text.split(/(\{\w+\})/).map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    const value = name === undefined ? undefined : english[name];
    if (value === undefined) return part;
    return lang ? (
      <span key={index} lang={lang}>
        {value}
      </span>
    ) : (
      value
    );
  });
}

/**
 * The `lang` of English text on a page in `pageLang`: undefined on an English page. The source
 * language's tag is written here, not imported from languages.ts, so that an island does not
 * bundle every language's strings.
 */
export function englishLang(pageLang: string): string | undefined {
  return pageLang.startsWith('en') ? undefined : 'en-GB';
}
