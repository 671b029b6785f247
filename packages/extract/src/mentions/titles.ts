import { countryByDemonym, countryByName, type CountryInfo } from '../lexicon/countries';
import { matchRole, TITLE_MODIFIERS, type RoleSpec } from '../lexicon/roles';
import { typeFromHead } from './cue-words';
import { genderOfGivenName } from '../lexicon/given-names';
import { startsUpper } from '../nlp/letters';

/** Roles that may open a capitalised title inside a name run ("Interior Minister X"). */
const CAPITALISED_TITLE_ROLES = new Set([
  'president',
  'vice president',
  'prime minister',
  'premier',
  'chancellor',
  'minister',
  'secretary',
  'attorney general',
  'judge',
  'justice',
  'chief justice',
  'chief judge',
  'magistrate',
  'prosecutor',
  'chief prosecutor',
  'ambassador',
  'envoy',
  'governor',
  'mayor',
  'senator',
  'commissioner',
  'general',
  'commander',
  'king',
  'queen',
  'emir',
  'warden',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'director general',
  'police chief',
  'administrator',
  'inspector general',
  'superintendent',
  'sheriff',
  'ombudsman',
  'deputy minister',
  'prosecutor general',
  'solicitor general',
  'press secretary',
  'secretary-general',
  'secretary general',
  'gov.',
  'sen.',
  'rep.',
  'gen.',
  'col.',
  'lt.',
  'capt.',
  'adm.',
  'sgt.',
  'colonel',
  'lieutenant general',
  'major general',
  'brigadier general',
  'lieutenant colonel',
  'rear admiral',
  'vice admiral',
  'captain',
  'lieutenant',
  'admiral',
  'sergeant',
  'secretary general',
]);

export interface TitleSplit {
  spec: RoleSpec;
  /** Index (within the words) where the role words start and where the name starts. */
  roleAt: number;
  nameAt: number;
  country?: CountryInfo;
  /** Written form of the country word(s) in the title ("US", "Peruvian"). */
  countryWords?: string;
  qualifiers: string[];
  /** Capitalised words before the role that are neither country nor qualifier (an organisation). */
  orgWords: string[];
  /** All the words before the role ("Lagos High Court" in "Lagos High Court Judge X"). */
  before: string[];
}

/**
 * Splits a capitalised run like "US District Judge Karen Holloway" into title
 * words and the person's name. Returns undefined when the run has no title
 * followed by a name.
 */
export function splitTitle(words: readonly string[]): TitleSplit | undefined {
  const lower = words.map((w) => w.toLowerCase());
  // "Justice Minister X": the title's role is the last role word before the name.
  let pick: { r: number; length: number } | undefined;
  for (let r = 0; r < words.length - 1; r++) {
    const role = matchRole(lower, r);
    if (!role || r + role.length >= words.length) continue;
    // ("Attorney-General X": the tokenizer splits the hyphen off)
    const titleWords = lower
      .slice(r, r + role.length)
      .filter((w) => w !== '-')
      .join(' ');
    if (!CAPITALISED_TITLE_ROLES.has(titleWords)) continue;
    if (!startsUpper(words[r + role.length]!)) continue; // "Minister of Peru" names no person
    if (typeFromHead(words.slice(r + role.length))) continue; // "Justice Department" is a body, not "Justice X"
    // "Justice Watch Bangladesh", "Justice Now Kenya": a body named for a country, unless
    // the first word is a known given name ("Judge Ann Jordan")
    const rest = words.slice(r + role.length);
    if (rest.length >= 2 && countryByName(rest.at(-1)!) && !genderOfGivenName(rest.join(' ')))
      continue;
    // the rest must contain a name, not only more title words ("Justice Minister")
    if (lower.slice(r + role.length).every((w) => TITLE_MODIFIERS.has(w) || matchRole([w], 0)))
      continue;
    if (!pick || r + role.length > pick.r + pick.length) pick = { r, length: role.length };
  }
  const domain = pick ? undefined : officeOfDomain(words, lower);
  if (domain) {
    const role = matchRole(lower, domain.roleAt)!;
    return {
      spec: role.spec,
      roleAt: domain.roleAt,
      nameAt: domain.nameAt,
      qualifiers: words.slice(domain.roleAt + role.length + 1, domain.nameAt),
      orgWords: [],
      before: words.slice(0, domain.roleAt),
    };
  }
  if (!pick) return undefined;
  // "Minister of Justice X": "Justice" is the minister's portfolio, not a judge's title
  let portfolioWord: string | undefined;
  if (pick.r >= 2 && lower[pick.r - 1] === 'of') {
    const office = matchRole(lower, pick.r - 2);
    if (office && office.length === 1 && office.spec.predicate === 'MINISTER_OF') {
      portfolioWord = words[pick.r]!;
      pick = { r: pick.r - 2, length: 2 + pick.length };
    }
  }
  {
    const r = pick.r;
    const role = matchRole(lower, r)!;
    const nameAt = r + pick.length;
    // "Secretary of State X": keep "of State" with the title.
    const prefix = words.slice(0, r);
    const split: TitleSplit = {
      spec: role.spec,
      roleAt: r,
      nameAt,
      qualifiers: [],
      orgWords: [],
      before: prefix,
    };
    if (portfolioWord) split.qualifiers.push(portfolioWord);
    let k = 0;
    while (k < prefix.length) {
      let matched = false;
      for (let len = Math.min(4, prefix.length - k); len >= 1; len--) {
        const phrase2 = prefix.slice(k, k + len).join(' ');
        const country =
          countryByName(phrase2) ?? (len <= 2 ? countryByDemonym(phrase2) : undefined);
        if (country && !split.country) {
          split.country = country;
          split.countryWords = phrase2;
          k += len;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      const w = prefix[k]!;
      if (TITLE_MODIFIERS.has(w.toLowerCase())) split.qualifiers.push(w);
      else split.orgWords.push(w);
      k++;
    }
    return split;
  }
}

/**
 * "Commissioner of Police Ann Lee", "Director of Public Prosecutions Ann Lee": a role, "of",
 * the office's domain, then a name. Only a known given name shows where the domain ends, so
 * the split is made only there.
 */
function officeOfDomain(
  words: readonly string[],
  lower: readonly string[],
): { roleAt: number; nameAt: number } | undefined {
  for (let r = 0; r < words.length - 3; r++) {
    const role = matchRole(lower, r);
    if (!role || lower[r + role.length] !== 'of') continue;
    if (!CAPITALISED_TITLE_ROLES.has(lower.slice(r, r + role.length).join(' '))) continue;
    const first = r + role.length + 1;
    for (let n = first + 1; n <= Math.min(first + 4, words.length - 2); n++) {
      if (!words.slice(first, n).every((w) => startsUpper(w))) break;
      if (
        words.slice(n).every((w) => startsUpper(w)) &&
        genderOfGivenName(words.slice(n).join(' '))
      )
        return { roleAt: r, nameAt: n };
    }
  }
  return undefined;
}

/** "US" + ["District"] → "US District Court"; no court without a qualifier. */
export function impliedCourtName(split: TitleSplit): string | undefined {
  if (split.spec.implies !== 'court') return undefined;
  // "Lagos High Court Judge X": the title names its court in full
  if (split.before.length >= 2 && /^(court|tribunal)$/i.test(split.before.at(-1)!))
    return split.before.join(' ');
  const courtWords = split.qualifiers
    .map((q) => (/^magistrate$/i.test(q) ? 'District' : q))
    .filter((q) =>
      /^(district|federal|circuit|supreme|appeals|high|state|county|magistrate)$/i.test(q),
    );
  if (!courtWords.length) return undefined;
  const country = split.countryWords ? `${split.countryWords.replace(/\./g, '')} ` : '';
  return `${country}${courtWords.join(' ')} Court`;
}

/** Portfolio of a minister or secretary: "Interior", "Foreign", "Justice". */
export function portfolioOf(split: TitleSplit): string | undefined {
  if (split.spec.predicate !== 'MINISTER_OF') return undefined;
  const words = split.qualifiers.filter(
    (q) => !/^(prime|vice|deputy|acting|former|interim|senior)$/i.test(q),
  );
  return words.length ? words.join(' ').toLowerCase() : undefined;
}
