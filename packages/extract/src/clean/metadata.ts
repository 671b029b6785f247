/** Publication dates written as a line of their own, and headline detection. */
import { MONTHS } from '../lexicon/calendar';

const MONTH_RE =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const MONTH_DAY_YEAR = new RegExp(
  `^${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
  'i',
);
const DAY_MONTH_YEAR = new RegExp(
  `^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+(\\d{4})\\b`,
  'i',
);

export function monthNumber(name: string): number | null {
  // the full name or its usual abbreviation ("Sept."), never just a prefix ("Mario")
  const word = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex(
    (m) =>
      m === word ||
      (word.length >= 3 && m.startsWith(word) && (word.length === 3 || word === 'sept')),
  );
  return index >= 0 ? index + 1 : null;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A whole line that states a date ("March 21, 2025", "21 March 2025",
 * "2025-03-21", "Published: Fri 21 Mar 2025 10:12") → ISO date, else null.
 */
export function parseDateLine(line: string): string | null {
  const text = line
    .trim()
    .replace(/^(published|updated|posted|date|last updated)\s*(on|:)?\s*/i, '')
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '');
  if (text.length > 60) return null;
  let m = MONTH_DAY_YEAR.exec(text);
  if (m) return iso(Number(m[3]), monthNumber(m[1]!) ?? 0, Number(m[2]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return iso(Number(m[3]), monthNumber(m[2]!) ?? 0, Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) return iso(Number(m[3]), Number(m[1]), Number(m[2]));
  return null;
}

/** True when the line ends like a sentence (or a quote that closes one). */
export function endsLikeSentence(line: string): boolean {
  const trimmed = line.trim();
  return /[.!?…]["'”’)\]]*$/.test(trimmed) || /[.!?,]["”’]$/.test(trimmed);
}

/** The number of whitespace-separated words (what `line.trim().split(/\s+/)` yields, minus empties). */
export function wordCount(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITESPACE.test(line[i]!);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}
const WHITESPACE = /\s/;
