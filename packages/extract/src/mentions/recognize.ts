import type { EntityType } from '@news-kg/schema';
import { detached } from '../detached';
import type { MentionRec } from '../model';
import type { Sentence, Token } from '../nlp/types';
import {
  countriesInRegion,
  countryByCapital,
  countryByCode,
  countryByDemonym,
  countryByName,
  countryByPluralDemonym,
  isLanguageName,
  isRegionName,
} from '../lexicon/countries';
import { internationalBody, MULTIWORD_BODIES } from '../lexicon/international-bodies';
import { HONORIFICS, matchRole, TITLE_MODIFIERS } from '../lexicon/roles';
import { isKnownPlace } from '../lexicon/places';
import { PERSON_NOUNS } from '../lexicon/person-nouns';
import { usStateByName } from '../lexicon/us-states';
import { COMPASS_WORDS } from '../lexicon/compass';
import { findAcronyms, isAcronym, type AcronymDefinition } from './acronyms';
import {
  isDetentionCompound,
  isInstitutionModifier,
  hasNonPersonWord,
  SEATS_OF_GOVERNMENT,
  typeFromContextNoun,
  typeFromHead,
} from './cue-words';
import { findDescriptions, PRONOUNS } from './descriptions';
import { findUnnamedBodies } from './unnamed-bodies';
import { findGroups, isGroupHead } from './groups';
import { findNameChunks, isNameParticle, isSyllable } from './names';
import { renameOtherNames } from './other-names';
import { findStateBodies } from './state-bodies';
import { impliedCourtName, portfolioOf, splitTitle } from './titles';
import { startsLower, startsUpper, titleCase } from '../nlp/letters';

/** A word of one capital and lower-case letters, apostrophes, dots or hyphens ("O'Neill"). */
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’.-]+$/u;
/** An outlet's name in a dateline credit ("Reuters", "AFP", "Al-Jazeera"). */
const CREDIT_NAME = /^\p{Lu}[\p{L}.-]*$/u;

const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'across',
  'into',
  'from',
  'to',
  'toward',
  'towards',
]);
/** First words of government bodies named in Spanish, Portuguese, French, Italian or German. */
const FOREIGN_GOVERNMENT_HEADS =
  /^(secretar[ií]a|ministerio|minist[eè]re|ministero|ministerium|presid[eê]ncia|presidencia|gobierno|governo|gouvernement|regierung|fiscal[ií]a|procuradur[ií]a|polic[ií]a)$/i;
/** First words of parties, movements, foundations and universities named in other European languages. */
const FOREIGN_ORGANIZATION_HEADS =
  /^(partido|parti|partei|partito|partidul|frente|movimiento|movimento|mouvement|bewegung|uni[oó]n|uni[aã]o|alianza|alian[cç]a|asociaci[oó]n|associa[cç][aã]o|fundaci[oó]n|funda[cç][aã]o|fondation|stiftung|fondazione|instituto|institut|universidad|universidade|universit[eé]|universit[aä]t|banco|banque|sindicato|confederaci[oó]n|federaci[oó]n|colectivo|coletivo|comit[eé])$/i;
const SPEECH_AFTER = new Set([
  'said',
  'says',
  'told',
  'added',
  'wrote',
  'declared',
  'insisted',
  'argued',
  'claimed',
  'stated',
  'noted',
  'explained',
  'warned',
  'asked',
]);

const PRONOUN_KIND = new Map(Object.entries(PRONOUNS));
const SEAT_MAP = new Map(Object.entries(SEATS_OF_GOVERNMENT));

/** Normalises a surface name: single spaces, no trailing possessive, dotted abbreviations undotted. */
export function cleanName(surface: string): string {
  let clean = CLEAN_NAMES.get(surface);
  if (clean === undefined) {
    clean = detached(cleanNameUncached(surface));
    if (CLEAN_NAMES.size >= 50_000) CLEAN_NAMES.clear();
    CLEAN_NAMES.set(detached(surface), clean);
  }
  return clean;
}
/** `cleanName` memoised across articles (the same names recur); cleared when large, so memory stays bounded. */
const CLEAN_NAMES = new Map<string, string>();
function cleanNameUncached(surface: string): string {
  return surface
    .replace(/\s+/g, ' ')
    .replace(/['’]s$/, '')
    .replace(
      /\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?/g,
      (_m, a: string, b: string, c?: string) => `${a}${b}${c ?? ''}`,
    )
    .trim();
}

/** Title-cases a shouted credit name ("REUTERS" → "Reuters"). */
function unshout(word: string): string {
  return /^[A-Z]{4,}$/.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
}

export interface SentenceMentions {
  mentions: MentionRec[];
  acronyms: AcronymDefinition[];
}

/**
 * Mentions of one sentence: names (typed by lexicons, titles, cue words and
 * context), acronyms, groups of people, descriptions and pronouns. Spans do
 * not overlap. Coreference later gives each one an entity.
 */
export function recognizeSentence(s: Sentence, text: string): SentenceMentions {
  const toks = s.tokens;
  const out: MentionRec[] = [];
  const used = new Array<boolean>(toks.length).fill(false);
  const take = (m: MentionRec): void => {
    for (let k = m.from; k < m.to; k++) used[k] = true;
    out.push(m);
  };
  const slice = (from: number, to: number): string =>
    text.slice(toks[from]!.start, toks[to - 1]!.end);
  const sectionFactor =
    s.section === 'caption' ? 0.7 : s.section === 'credit' ? 0.5 : s.section === 'title' ? 0.85 : 1;

  const chunks = findNameChunks(s);
  const lowers = toks.map((t) => t.lower);
  const acronyms = findAcronyms(s, chunks);

  if (s.section === 'credit') {
    // A credit names the source organisations; split at "/" and "via".
    for (const chunk of chunks) {
      const words = toks.slice(chunk.from, chunk.to).map((t) => t.text);
      if (words.length === 1 && /^(Handout|Pool|File|Via)$/i.test(words[0]!)) continue;
      const name = cleanName(
        words
          .map(unshout)
          .join(' ')
          .replace(/ ([,.])/g, '$1'),
      );
      const type: EntityType =
        FOREIGN_GOVERNMENT_HEADS.test(words[0]!) || typeFromHead(words) === 'Government'
          ? 'Government'
          : 'Organization';
      take({
        sent: s.index,
        from: chunk.from,
        to: chunk.to,
        type,
        name,
        kind: 'credit',
        rule: 'credit-source',
        confidence: 0.5,
      });
    }
    return { mentions: out, acronyms };
  }

  const wire = datelineCredit(toks);
  if (wire !== undefined)
    take({
      sent: s.index,
      from: wire,
      to: wire + 1,
      type: 'Organization',
      name: unshout(toks[wire]!.text),
      kind: 'credit',
      rule: 'dateline-credit',
      confidence: 0.5,
    });

  // "the Karaganda regional prosecutor's office", "the Vienna public prosecutor's office": a
  // prosecution service named for its town, the rest of its name in lower case
  for (const office of townProsecutorOffices(toks, chunks)) {
    if (used.slice(office.from, office.to).includes(true)) continue;
    take({
      sent: s.index,
      from: office.from,
      to: office.to,
      type: 'Government',
      name: cleanName(slice(office.from, office.to)),
      kind: 'name',
      rule: 'town-prosecutor-office',
      confidence: 0.8 * sectionFactor,
    });
  }

  // Known bodies whose names capitalisation alone does not delimit ("Committee to Protect Journalists")
  for (let k = 0; k < toks.length; k++) {
    const words = MULTIWORD_BODIES.get(toks[k]!.text)?.find((ws) =>
      ws.every((w, n) => toks[k + n]?.text === w),
    );
    if (!words) continue;
    // a longer capitalised run wins: "Amnesty International Kenya" is the national branch
    const end = k + words.length;
    if (chunks.some((c) => c.from <= k && c.to >= end && c.to - c.from > words.length)) continue;
    const body = internationalBody(words.join(' '))!;
    take({
      sent: s.index,
      from: k,
      to: k + words.length,
      type: body.type,
      name: body.name,
      kind: 'name',
      rule: 'lexicon-international-body',
      confidence: 0.9 * sectionFactor,
    });
    k += words.length - 1;
  }

  for (const chunk of chunks) {
    // "Jane Roe KC", "John Doe MP": honours and ranks after a name are not part of it
    if (chunk.to - chunk.from >= 3 && POST_NOMINALS.has(toks[chunk.to - 1]!.text)) chunk.to--;
    // "Democrat Jane Roe", "Republican John Doe": a party label before a name is not part of it
    if (
      chunk.to - chunk.from >= 3 &&
      PARTY_LABELS.has(toks[chunk.from]!.text) &&
      !typeFromHead(toks.slice(chunk.from, chunk.to).map((t) => t.text))
    )
      chunk.from++;
    // "Activist Nino Beridze said …", "Outside La Cantera, …": a sentence's first word is
    // capitalised, so an occupation noun or a preposition there is not part of the name
    if (
      chunk.to - chunk.from >= 3 &&
      chunk.from === 0 &&
      (PERSON_NOUNS.has(toks[0]!.lower) || OPENING_PREPOSITIONS.has(toks[0]!.lower)) &&
      // ("Attorney General X": an office title, split from the name by the title rules)
      (matchRole(
        toks.slice(0, 5).map((t) => t.lower),
        0,
      )?.length ?? 1) === 1 &&
      // ("Executive Order 14100": the noun opens a name its head types)
      !typeFromHead(toks.slice(chunk.from, chunk.to).map((t) => t.text))
    )
      chunk.from++;
    if (used.slice(chunk.from, chunk.to).includes(true)) continue;
    // the "Sangre Joven" (Young Blood) gang: a bracketed translation after a quoted name
    if (
      toks[chunk.from - 1]?.text === '(' &&
      toks[chunk.to]?.text === ')' &&
      /^["”’']$/.test(toks[chunk.from - 2]?.text ?? '')
    )
      continue;
    const words = toks.slice(chunk.from, chunk.to).map((t) => t.text);
    if (words.length === 1 && isGroupHead(words[0]!.toLowerCase())) continue; // "Detainees held at …"
    const title = splitTitle(words);
    if (title) {
      const nameFrom = chunk.from + title.nameAt;
      const court = impliedCourtName(title);
      const portfolio = portfolioOf(title);
      take({
        sent: s.index,
        from: nameFrom,
        to: chunk.to,
        type: 'Person',
        name: cleanName(slice(nameFrom, chunk.to)),
        kind: 'title-name',
        rule: 'title-name',
        confidence: 0.9 * sectionFactor,
        title: {
          spec: title.spec,
          words: slice(chunk.from, nameFrom),
          ...(portfolio ? { portfolio } : {}),
          ...(title.country ? { country: title.country } : {}),
          ...(court ? { court } : {}),
          from: chunk.from,
          to: nameFrom,
        },
      });
      // "Coast Guard Lt. X", "FAA Administrator X": the body named inside the title is an entity
      // (not a minister's portfolio: "Immigration and Corrections Minister X"; but "UN Secretary X")
      const orgText = title.orgWords.join(' ');
      // ("Immigration Commissioner X", "European Chief Prosecutor X": a portfolio or a
      // continent's adjective names no body)
      // ("Party leader X": the kind of body alone names none)
      const portfolioWord =
        title.orgWords.length === 1 &&
        (isInstitutionModifier(orgText) ||
          /^(European|African|Asian|American|Arab|Latin|Party|Movement|Group|Front|Alliance)$/.test(
            orgText,
          ));
      if (
        title.orgWords.length &&
        !portfolioWord &&
        // ("Kenya High Court Judge X": the court is the one the title implies, not "Court")
        !court &&
        (title.spec.implies !== 'government' ||
          internationalBody(orgText) ||
          /^[A-Z][A-Z.]{1,5}$/.test(orgText))
      ) {
        const at = words.findIndex((w, i) => title.orgWords.every((o, n) => words[i + n] === o));
        const orgFrom = chunk.from + at;
        const orgTo = orgFrom + title.orgWords.length;
        if (at >= 0 && orgTo <= chunk.from + title.roleAt) {
          const orgTyped = typeChunk(s, orgFrom, orgTo, title.orgWords);
          // ("Brampton Mayor X": a mayor's or governor's title is named for a place)
          const type = /^(mayor|governor)$/.test(title.spec.role)
            ? 'Place'
            : orgTyped && orgTyped.type !== 'Person' && orgTyped.type !== 'Place'
              ? orgTyped.type
              : 'Organization';
          take({
            sent: s.index,
            from: orgFrom,
            to: orgTo,
            type,
            name: orgTyped?.name ?? cleanName(slice(orgFrom, orgTo)),
            kind: 'name',
            rule: 'title-organization',
            confidence: 0.7 * sectionFactor,
          });
        }
      }
      if (title.country && title.countryWords) {
        const cw = title.countryWords.split(' ').length;
        const at = chunk.from + words.findIndex((w) => w === title.countryWords!.split(' ')[0]);
        if (at >= chunk.from) {
          take({
            sent: s.index,
            from: at,
            to: at + cw,
            type: 'Country',
            name: title.country.name,
            kind: countryByDemonym(title.countryWords) ? 'demonym' : 'name',
            rule: 'title-country',
            confidence: 0.8 * sectionFactor,
            country: title.country,
            weak: !!countryByDemonym(title.countryWords),
          });
        }
      }
      continue;
    }
    if (
      words.some((w) => matchRole([w.toLowerCase()], 0)) &&
      words.every((w) => TITLE_MODIFIERS.has(w.toLowerCase()) || matchRole([w.toLowerCase()], 0)) &&
      // ("National Police" is a body: "national" and "police" are title words too)
      !typeFromHead(words)
    )
      continue; // "Interior Minister"
    // "Uganda's Foreign Affairs Minister, X": a bare title names no entity
    const lastRole = matchRole([words.at(-1)!.toLowerCase()], 0);
    if (lastRole && words.length >= 2 && !typeFromHead(words) && lastRole.spec.implies) continue;
    // ("Ghana's Minister for the Interior, X": the title with its portfolio after it)
    const firstRole = matchRole([words[0]!.toLowerCase()], 0);
    if (
      firstRole?.spec.predicate === 'MINISTER_OF' &&
      /^(of|for)$/.test(words[1] ?? '') &&
      words.length <= 5
    )
      continue;
    // "Government spokesman X", "Government forces": which government is for coreference to say
    if (words.length === 1 && /^(government|administration)$/i.test(words[0]!)) {
      take({
        sent: s.index,
        from: chunk.from,
        to: chunk.to,
        type: 'Government',
        name: words[0]!,
        kind: 'description',
        rule: `description-${words[0]!.toLowerCase()}`,
        confidence: 0.7 * sectionFactor,
        head: words[0]!.toLowerCase(),
        det: 'the',
        weak: true,
      });
      continue;
    }
    const typed = typeChunk(s, chunk.from, chunk.to, words);
    if (!typed) continue;
    // "the Strasbourg court", "the Batam jail", "the X remand centre": the noun is part of the name
    const nounAfter = toks[chunk.to];
    if (typed.rule === 'cue-context' && typed.type === 'Prison' && detentionAfter(toks, chunk.to)) {
      chunk.to += 2;
      typed.name = cleanName(slice(chunk.from, chunk.to));
    } else if (
      typed.rule === 'cue-context' &&
      // ("the Kot clan": a clan is named for a family, so "Kot" alone is the family's name)
      (typed.type === 'Court' || typed.type === 'Prison' || nounAfter?.lower === 'clan') &&
      nounAfter?.pos === 'NOUN' &&
      typeFromContextNoun(nounAfter.lemma) === typed.type
    ) {
      chunk.to++;
      typed.name = cleanName(slice(chunk.from, chunk.to));
    }
    // A lower-case role just before the name: "opposition leader X", "spokesman X".
    const before = lowerRoleBefore(toks, lowers, chunk.from);
    if (before && typed.type === 'Person') {
      // "former Zambian health minister X": a demonym before the portfolio names the country
      let d = before.at - 1;
      while (
        d > before.at - 3 &&
        d >= 0 &&
        startsLower(toks[d]!.text) &&
        /^(ADJ|NOUN)$/.test(toks[d]!.pos)
      )
        d--;
      // (only for a state office: "Kenyan opposition leader X" leads no country, and a
      // demonym before any other role states a nationality, read elsewhere)
      const office = /^(MINISTER_OF|PRESIDENT_OF|PRIME_MINISTER_OF)$/.test(before.spec.predicate);
      const country =
        office && d >= 0
          ? (countryByDemonym(toks[d]!.text) ?? countryByName(toks[d]!.text))
          : undefined;
      const portfolio = lowers.slice(d + 1, before.at).join(' ');
      const from = country ? d : before.at;
      typed.title = {
        spec: before.spec,
        words: slice(from, chunk.from),
        from,
        to: chunk.from,
        ...(country ? { country } : {}),
        ...(country && portfolio && before.spec.predicate === 'MINISTER_OF' ? { portfolio } : {}),
      };
      typed.rule = 'role-name';
    }
    // built field by field (not spread) so every mention has the same object shape
    const named: MentionRec = {
      sent: s.index,
      from: chunk.from,
      to: chunk.to,
      name:
        typed.name ??
        datelineName(toks, chunk.from, chunk.to, cleanName(slice(chunk.from, chunk.to))),
      type: typed.type,
      kind: typed.kind,
      rule: typed.rule,
      confidence: typed.confidence * sectionFactor,
    };
    if (typed.weak !== undefined) named.weak = typed.weak;
    if (typed.country !== undefined) named.country = typed.country;
    if (typed.title !== undefined) named.title = typed.title;
    take(named);
  }

  // "Guatemala's Ministry of Foreign Affairs" is named for its country: "Guatemalan Ministry of …"
  for (const m of out) {
    if (
      m.type !== 'Government' ||
      m.kind !== 'name' ||
      !/^['’]s?$/.test(toks[m.from - 1]?.text ?? '')
    )
      continue;
    const owner = out.find((x) => x.type === 'Country' && x.country && x.to === m.from - 1);
    const demonym = owner?.country?.demonym;
    if (demonym && !m.name.startsWith(demonym)) m.name = `${demonym} ${m.name}`;
  }

  // "the US Embassy in Bogota": a mission is named by the city it sits in (a country's embassy
  // in one city and its consulate in another are two bodies)
  for (const m of out) {
    if (m.type !== 'Government' || m.kind !== 'name' || toks[m.to]?.lower !== 'in') continue;
    if (!/ (embassy|consulate|high commission)$/i.test(m.name)) continue;
    let j = m.to + 1;
    while (j < toks.length && j < m.to + 4 && startsUpper(toks[j]!.text)) j++;
    if (j > m.to + 1) m.name = `${m.name} in ${cleanName(slice(m.to + 1, j))}`;
  }

  const countryAt = new Array<MentionRec | undefined>(toks.length);
  for (const x of out)
    if (x.type === 'Country' && x.country) for (let k = x.from; k < x.to; k++) countryAt[k] = x;
  for (const body of findStateBodies(toks, (k) => {
    const m = countryAt[k];
    return m && { country: m.country!, from: m.from, to: m.to, demonym: m.kind === 'demonym' };
  })) {
    if (used.slice(body.to - 1, body.to).includes(true)) continue;
    if (body.bodyFrom === body.from) {
      // the demonym is part of the body's name, not a mention of the country
      const at = out.findIndex((x) => x.from === body.from);
      if (at >= 0) out.splice(at, 1);
    }
    take({
      sent: s.index,
      from: body.bodyFrom,
      to: body.to,
      type: body.type,
      name: body.name,
      kind: 'name',
      rule: 'state-body',
      confidence: 0.75 * sectionFactor,
    });
  }

  for (const def of acronyms) {
    if (used[def.at]) continue;
    take({
      sent: s.index,
      from: def.at,
      to: def.at + 1,
      type: 'Organization',
      name: cleanName(slice(def.from, def.to)),
      kind: 'acronym',
      rule: 'acronym-definition',
      confidence: 0.85 * sectionFactor,
    });
  }

  for (const b of findUnnamedBodies(s, (k) => used[k]!)) {
    take({
      sent: s.index,
      from: b.from,
      to: b.to,
      type: b.type,
      name: b.name,
      kind: 'name',
      rule: 'unnamed-body',
      confidence: 0.6 * sectionFactor,
      weak: true,
    });
  }

  for (const g of findGroups(s, (k) => used[k]!)) {
    take({
      sent: s.index,
      from: g.from,
      to: g.to,
      type: 'Group',
      name: g.family === 'demonym' ? g.head : g.head.toLowerCase(),
      kind: g.family === 'demonym' ? 'plural-demonym' : 'group',
      rule: `group-${g.family === 'demonym' || g.family === 'generic' ? g.family : 'noun'}`,
      confidence: 0.7 * sectionFactor,
      head: g.head,
      det: `${g.det}${g.hasNumber ? '+number' : ''}${g.restricted ? '+restricted' : ''}|${g.family}`,
      weak: true,
      ...(g.country ? { country: g.country } : {}),
    });
  }

  for (const d of findDescriptions(s, (k) => used[k]!)) {
    let from = d.from;
    let det = d.region ? `${d.det}|region:${d.region}` : d.det;
    let country = d.modifiers
      .map((k) => countryByDemonym(toks[k]!.text) ?? countryByName(toks[k]!.text))
      .find(Boolean);
    // "the London-based rights group": the place keeps its mention, the rest refers
    const based = toks.findIndex(
      (t, k) => k > d.from && k < d.to && t.lower === 'based' && /^[-–]$/.test(toks[k - 1]!.text),
    );
    if (based > 0 && !used.slice(based, d.to).includes(true)) from = based + 1;
    else if (used.slice(d.from, d.to).includes(true)) {
      // "A Turkish court sentenced …": the demonym keeps its mention, the head noun refers
      // ("the Senegalese capital": that country's capital city)
      const demonym = out.find((m) => m.kind === 'demonym' && m.from >= d.from && m.to < d.to);
      const rest = demonym ? used.slice(demonym.to, d.to) : [true];
      const kept = /^(Court|Prison)$/.test(d.type) || d.head === 'capital';
      if (!demonym || rest.includes(true) || !kept) continue;
      from = demonym.to;
      det = d.det;
      country = demonym.country;
    }
    // "Haiti's capital": the capital of the country that owns it
    if (d.head === 'capital' && /^['’]s?$/.test(d.det)) {
      const owner = out.find((m) => m.to === d.from && m.type === 'Country');
      country = owner?.country ?? country;
    }
    take({
      sent: s.index,
      from,
      to: d.to,
      type: d.type,
      name: slice(from, d.to),
      kind: 'description',
      rule: `description-${d.head}`,
      confidence: 0.7 * sectionFactor,
      head: d.role ?? d.head,
      det,
      weak: true,
      ...(country ? { country } : {}),
    });
  }

  toks.forEach((t, k) => {
    if (used[k]) return;
    const kind = PRONOUN_KIND.get(t.lower);
    if (!kind || (t.pos !== 'PRON' && t.pos !== 'DET' && t.pos !== 'ADJ')) return;
    // "it" as a dummy subject ("it is a war") is skipped by the resolver's type check.
    take({
      sent: s.index,
      from: k,
      to: k + 1,
      type: kind === 'person' ? 'Person' : kind === 'group' ? 'Group' : 'Organization',
      name: t.text,
      kind: 'pronoun',
      rule: `pronoun-${t.lower}`,
      confidence: 0.65 * sectionFactor,
      head: t.lower,
      weak: true,
    });
  });

  renameOtherNames(out, toks);

  out.sort((a, b) => a.from - b.from);
  // "the Interior Ministry's Penal System Committee": a unit of a state body is a state body
  for (let i = 1; i < out.length; i++) {
    const unit = out[i]!;
    const owner = out[i - 1]!;
    if (
      unit.type === 'Organization' &&
      unit.kind === 'name' &&
      owner.type === 'Government' &&
      owner.kind === 'name' &&
      owner.to + 1 === unit.from &&
      /^['’]s?$/.test(toks[owner.to]!.text)
    )
      unit.type = 'Government';
  }
  return { mentions: out, acronyms };
}

interface Typed {
  type: EntityType;
  kind: MentionRec['kind'];
  rule: string;
  confidence: number;
  weak?: boolean;
  country?: MentionRec['country'];
  title?: MentionRec['title'];
  name?: string;
}

function lowerRoleBefore(
  toks: readonly Token[],
  words: readonly string[],
  at: number,
): { spec: NonNullable<ReturnType<typeof matchRole>>['spec']; at: number } | undefined {
  for (const len of [2, 1]) {
    const start = at - len;
    if (start < 0) continue;
    const m = matchRole(words, start);
    if (m && m.length === len && toks[start]!.pos !== 'VERB') {
      // "union president X", "party secretary X": the head of a body, not of the state
      if (m.spec.implies === 'government' && BODY_KINDS.test(words[start - 1] ?? ''))
        return {
          spec: { predicate: 'LEADS', role: `${words[start - 1]} ${m.spec.role}` },
          at: start - 1,
        };
      // "deputy spokesperson X", "acting director X": a rank before the role; a deputy does not lead
      const rank = RANKS.exec(words[start - 1] ?? '')?.[1];
      if (!rank || m.spec.role.startsWith(rank)) return { spec: m.spec, at: start };
      const second = /^(deputy|assistant|vice)$/.test(rank) && m.spec.predicate === 'LEADS';
      const spec = second ? { ...m.spec, predicate: 'OFFICIAL_OF' as const } : m.spec;
      return { spec: { ...spec, role: `${rank} ${m.spec.role}` }, at: start - 1 };
    }
  }
  return undefined;
}
const RANKS = /^(deputy|assistant|vice|acting|interim|senior)$/;
/** Common nouns for bodies whose president or secretary holds no state office. */
const BODY_KINDS =
  /^(union|party|club|company|firm|association|federation|league|bank|council|committee|board|chamber|group|network|movement|foundation|charity|university|bar|society)$/;

/** Type of a capitalised run that is not a title + name. */
function typeChunk(s: Sentence, from: number, to: number, words: string[]): Typed | undefined {
  const toks = s.tokens;
  // a hyphen inside a name run always touches both words ("Port-au-Prince")
  const full = words
    .join(' ')
    .replace(/ \. /g, '. ')
    .replace(/ ([-‐]) /g, '$1');
  const country = countryByName(full);
  if (country)
    return {
      type: 'Country',
      kind: 'name',
      rule: 'lexicon-country',
      confidence: 0.95,
      country,
      name: country.name,
    };
  const body = internationalBody(full);
  if (body)
    return {
      type: body.type,
      kind: 'name',
      rule: 'lexicon-international-body',
      confidence: 0.9,
      name: body.name,
    };
  // ("a South Korean businessman": a demonym may take two words)
  if (words.length <= 2) {
    const dem = countryByDemonym(full);
    if (dem)
      return {
        type: 'Country',
        kind: 'demonym',
        rule: 'lexicon-demonym',
        confidence: 0.6,
        country: dem,
        weak: true,
        name: dem.name,
      };
    if (countryByPluralDemonym(full)) return undefined; // a group of people, found by the group stage
  }
  // Region adjectives ("Central American") describe, they do not name.
  if (countriesInRegion(full)) return undefined;
  if (isRegionName(full))
    return { type: 'Place', kind: 'name', rule: 'lexicon-region', confidence: 0.8 };
  const seat = SEAT_MAP.get(full);
  if (seat) {
    const c = countryByCode(seat);
    if (c)
      return {
        type: 'Government',
        kind: 'seat',
        rule: 'lexicon-seat-of-government',
        confidence: 0.9,
        country: c,
      };
  }
  // datelines shout their city: "SEOUL", "ADDIS ABABA"
  const shouted = /^[A-Z][A-Z .'-]{3,}$/.test(full) ? titleCase(full) : undefined;
  const capital = countryByCapital(full) ?? (shouted ? countryByCapital(shouted) : undefined);
  if (capital)
    return {
      type: 'Place',
      kind: 'capital',
      rule: 'lexicon-capital',
      confidence: 0.85,
      country: capital,
    };
  const state = usStateByName(full);
  if (state)
    return { type: 'Place', kind: 'name', rule: 'lexicon-us-state', confidence: 0.85, name: state };
  // Dateline shape "Morgan City, La." / "Aiken, S.C." / "Lahore, Pakistan": a place.
  const after = toks[to + 1];
  const two = after && toks[to + 2] ? `${after.text} ${toks[to + 2]!.text}` : '';
  const stateWords = after
    ? usStateByName(after.text)
      ? 1
      : usStateByName(two)
        ? 2
        : countryByName(after.text) && !/^(US|UK)$/.test(after.text)
          ? 1
          : countryByName(two)
            ? 2
            : 0
    : 0;
  const closer = toks[to + 1 + stateWords];
  if (toks[to]?.text === ',' && stateWords && (!closer || /^[,.;:()_—–-]$/.test(closer.text))) {
    return { type: 'Place', kind: 'name', rule: 'dateline-place', confidence: 0.7 };
  }
  // "the Homeland and Order party", "the Labour party": the kind noun after the name says it
  if (/^(party|movement)$/.test(toks[to]?.text ?? '') && !countryByName(full))
    return { type: 'Organization', kind: 'name', rule: 'cue-context', confidence: 0.8 };
  // A run that starts with a demonym and names a generic body keeps its type from the head.
  const head = typeFromHead(words);
  // "the Council of State, the Netherlands' highest administrative court": a generic body head
  // gives way to an apposition that says what kind of body it is
  if (head === 'Organization') {
    const said = contextType(toks, from, to);
    if (said === 'Court' || said === 'Prison' || said === 'CriminalOrganization')
      return { type: said, kind: 'name', rule: 'cue-context', confidence: 0.8 };
  }
  // "the Colombian Commission of Jurists, a Bogota-based human rights group": a commission
  // or council the apposition calls a group is no state body
  if (head === 'Government' && appositionGroup(toks, to))
    return { type: 'Organization', kind: 'name', rule: 'cue-context', confidence: 0.8 };
  // "Party leader X said", "Ministry spokesman X said": a kind noun capitalised only because it
  // opens the sentence names no body of its own; a state body's is the article's body of that kind
  if (head === 'Organization' && words.length === 1 && from === 0) return undefined;
  // (so are "Judiciary spokesman X", "Prison officer X": the article's judiciary or prison)
  if (
    (head === 'Government' || head === 'Court' || head === 'Prison') &&
    words.length === 1 &&
    from === 0
  )
    return {
      type: head,
      kind: 'name',
      rule: 'unnamed-body',
      confidence: 0.6,
      weak: true,
      name: full,
    };
  if (head) return { type: head, kind: 'name', rule: 'cue-head', confidence: 0.85 };
  if (FOREIGN_GOVERNMENT_HEADS.test(words[0]!) && words.length > 1)
    return { type: 'Government', kind: 'name', rule: 'cue-head-foreign', confidence: 0.7 };
  if (FOREIGN_ORGANIZATION_HEADS.test(words[0]!) && words.length > 1)
    return { type: 'Organization', kind: 'name', rule: 'cue-head-foreign', confidence: 0.7 };
  const context =
    from === to - 1 && toks[from]!.pos === 'ADJ' ? undefined : contextType(toks, from, to);
  if (context) return { type: context, kind: 'name', rule: 'cue-context', confidence: 0.8 };
  if (words.length === 1 && isAcronym(full))
    return { type: 'Organization', kind: 'acronym', rule: 'acronym', confidence: 0.5, weak: true };
  const prev = toks[from - 1];
  if (prev && HONORIFICS.has(prev.lower))
    return { type: 'Person', kind: 'name', rule: 'honorific-name', confidence: 0.9 };
  // "the head of X", "the founder and leader of X", "a member of X": X is an organisation.
  if (
    prev?.lower === 'of' &&
    /^(head|leader|founder|members?|chief|director|boss|chairman|spokesman|spokeswoman|spokesperson)$/.test(
      toks[from - 2]?.lower ?? '',
    )
  ) {
    return { type: 'Organization', kind: 'name', rule: 'role-of-organization', confidence: 0.55 };
  }
  // "a spokesman for X", "a lawyer for X", "the chief executive of X", "works for X": an organisation.
  if (
    (prev?.lower === 'for' && ROLE_FOR.test(toks[from - 2]?.lower ?? '')) ||
    (prev?.lower === 'of' && ROLE_OF.test(toks[from - 2]?.lower ?? '')) ||
    // "the chief accountant at X", "a student at X"
    (prev?.lower === 'at' && ROLE_AT.test(toks[from - 2]?.lower ?? ''))
  ) {
    return { type: 'Organization', kind: 'name', rule: 'role-for-organization', confidence: 0.55 };
  }
  // "Kennedy assassin X", "Lennon killer X": the victim is a person
  if (
    /^(assassin|killer|murderer)$/.test(toks[to]?.lower ?? '') &&
    toks[to + 1]?.pos === 'PROPN' &&
    words.length <= 3
  )
    return { type: 'Person', kind: 'name', rule: 'victim-name', confidence: 0.6 };
  // "the Macon-based company": a place
  if (/^[-–]$/.test(toks[to]?.text ?? '') && toks[to + 1]?.lower === 'based' && words.length <= 3)
    return { type: 'Place', kind: 'name', rule: 'based-place', confidence: 0.6 };
  // "the Guadalajara-based Inmobiliaria Cumbres": a body is based somewhere, a person lives
  if (prev?.lower === 'based' && /^[-–]$/.test(toks[from - 2]?.text ?? ''))
    return { type: 'Organization', kind: 'name', rule: 'based-organization', confidence: 0.6 };
  // "the mayor of X", "the governor of X": a city or state
  if (
    prev?.lower === 'of' &&
    /^(mayor|governor|mayors|governors)$/.test(toks[from - 2]?.lower ?? '') &&
    words.length <= 3
  )
    return { type: 'Place', kind: 'name', rule: 'office-place', confidence: 0.6 };
  // "a native of X", "her hometown of X", "a Dayton native", "a longtime Dayton resident": a place.
  if (
    (prev?.lower === 'of' && HOME_NOUNS.test(toks[from - 2]?.lower ?? '')) ||
    (HOME_NOUNS.test(toks[to]?.lower ?? '') && toks[to + 1]?.lower !== 'of' && words.length <= 3) ||
    // "Ann Lee, 42, of X": the age apposition before "of" names a home town
    (prev?.lower === 'of' &&
      toks[from - 2]?.text === ',' &&
      toks[from - 3]?.pos === 'NUM' &&
      toks[from - 4]?.text === ',')
  )
    return { type: 'Place', kind: 'name', rule: 'home-place', confidence: 0.6 };
  // "X spokesman Y", "X chief executive Y": a name of two or more words before a staff role.
  if (
    words.length >= 2 &&
    STAFF_AFTER.test(toks[to]?.lower ?? '') &&
    (toks[to + 1]?.pos === 'PROPN' ||
      /^(a|an)$/.test(toks[from - 1]?.lower ?? '') ||
      (toks[from - 1]?.pos === 'ADJ' && /^(a|an)$/.test(toks[from - 2]?.lower ?? '')))
  )
    return { type: 'Organization', kind: 'name', rule: 'organization-staff', confidence: 0.55 };
  // "who heads X", "she founded X", "an official with X": an organisation
  if (
    ORG_OBJECT_VERBS.test(prev?.lower ?? '') ||
    (prev?.lower === 'with' && /^officials?$/.test(toks[from - 2]?.lower ?? ''))
  )
    return { type: 'Organization', kind: 'name', rule: 'organization-object', confidence: 0.55 };
  // "in the states of Jalisco and Zacatecas", "in Porto Velho and Campo Grande", "from prisons
  // in Baghdad, Basra and Mosul": a conjunct of a place
  if (placeConjunct(toks, from, to, words.length))
    return { type: 'Place', kind: 'name', rule: 'place-conjunct', confidence: 0.55 };
  // "Istanbul's western outskirts", "Lagos's mayor": parts and officers only a place has
  if (/^['’]s?$/.test(toks[to]?.text ?? '') && words.length <= 3) {
    let k = to + 1;
    while (toks[k]?.pos === 'ADJ') k++;
    if (PLACE_PARTS.test(toks[k]?.lower ?? ''))
      return { type: 'Place', kind: 'name', rule: 'place-possessive', confidence: 0.6 };
  }
  // "in Arabic", "in Serbo-Croatian": a language, not a place
  if (prev?.lower === 'in' && words.every((w) => isLanguageName(w) || /^[-–]$/.test(w)))
    return undefined;
  // ("in northern Lagos": a compass word between)
  const compassed =
    COMPASS_WORDS.test(prev?.lower ?? '') && LOCATIVE.has(toks[from - 2]?.lower ?? '');
  if (prev && (LOCATIVE.has(prev.lower) || compassed))
    return {
      type: 'Place',
      kind: 'name',
      rule: 'locative-name',
      confidence: 0.5,
    };
  // "raids in Marbella, Estepona and Madrid", "the former Limpopo premier": a known town or
  // region, when nothing nearer says what the name is
  if (isKnownPlace(full))
    return { type: 'Place', kind: 'name', rule: 'lexicon-place', confidence: 0.6 };
  // "Human Rights Forum", "Grand Chamber": institution words make a body, not a person
  if (words.length >= 2 && hasNonPersonWord(words))
    return {
      type: 'Organization',
      kind: 'name',
      rule: 'institution-words',
      confidence: 0.45,
      weak: true,
    };
  // (hyphens of "Anne-Marie Dubois-Roy" are no words, nor the particles of "João da Silva Pereira")
  const wordCount = words.filter(
    (w, i) =>
      !/^[-‐]$/.test(w) &&
      !isNameParticle(w) &&
      !(startsLower(w) && /^[-‐]$/.test(words[i - 1] ?? '')),
  ).length;
  // "the Cosa Nostra", "Los Tigres del Golfo": a person's name takes no article
  // ("the Ann Lee government": a noun after the name makes it a modifier, read elsewhere)
  if (
    wordCount >= 2 &&
    (prev?.lower === 'the' || /^(Los|Las)$/.test(words[0]!)) &&
    !/^(NOUN|PROPN)$/.test(toks[to]?.pos ?? '')
  )
    return {
      type: 'Organization',
      kind: 'name',
      rule: 'articled-name',
      confidence: 0.75,
      weak: true,
    };
  if (
    wordCount >= 2 &&
    wordCount <= 4 &&
    // ("the Arab Spring uprisings", "a Chilean Navy ship": a demonym opens no person's name)
    !countryByDemonym(words[0]!) &&
    !countriesInRegion(words[0]!) &&
    words.every(
      (w, i) =>
        CAPITALISED_WORD.test(w) ||
        isNameParticle(w) ||
        /^[-‐]$/.test(w) ||
        // ("Park Jae-hyun": a lower-case syllable after a hyphen)
        (isSyllable(w) && /^[-‐]$/.test(words[i - 1] ?? '')),
    )
  ) {
    return { type: 'Person', kind: 'name', rule: 'name-shape', confidence: 0.7 };
  }
  if (words.length === 1 && SPEECH_AFTER.has(toks[to]?.lower ?? '')) {
    return { type: 'Person', kind: 'name', rule: 'speaker-name', confidence: 0.6, weak: true };
  }
  // ("the Sunni-led coalition", "a Hamas-run ministry": an unknown word before "-led" names a
  // faction or a creed more often than a person, and says nothing of its kind)
  if (
    words.length === 1 &&
    /^[-‐]$/.test(toks[to]?.text ?? '') &&
    /^(led|run|backed|dominated|aligned|affiliated|controlled|funded|allied|owned)$/.test(
      toks[to + 1]?.lower ?? '',
    )
  )
    return undefined;
  if (words.length === 1)
    return { type: 'Person', kind: 'name', rule: 'single-name', confidence: 0.4, weak: true };
  return undefined;
}

/**
 * Whether the name at from..to is a later conjunct of places after a locative ("in X and Y",
 * "in X, Y and Z", "the states of X and Y"). Lists with commas are read only when every
 * conjunct is one word: "In Lagos, Ann Lee and Bo Diaz met" lists people after a place.
 */
function placeConjunct(toks: readonly Token[], from: number, to: number, length: number): boolean {
  const prev = toks[from - 1];
  if (!prev || length > 3) return false;
  const comma = prev.text === ',';
  if (!/^(and|or)$/.test(prev.lower) && !(comma && /^(,|and|or)$/.test(toks[to]?.lower ?? '')))
    return false;
  let p = from - 2;
  if (!comma && toks[p]?.text === ',') p--; // ("X, Y, and Z")
  let conjuncts = 0;
  let longest = length;
  for (;;) {
    let q = p;
    while (q >= 0 && startsUpper(toks[q]!.text)) q--;
    if (q === p) return false;
    conjuncts++;
    longest = Math.max(longest, p - q);
    if (toks[q]?.text !== ',') {
      p = q;
      break;
    }
    p = q - 1;
  }
  if ((conjuncts > 1 || comma) && longest > 1) return false;
  const gov = toks[p];
  if (!gov) return false;
  const placeOf = gov.lower === 'of' && typeFromContextNoun(toks[p - 1]?.lemma ?? '') === 'Place';
  return LOCATIVE.has(gov.lower) || placeOf;
}

/** Prepositions that may open a sentence before a name ("Outside La Cantera, …"). */
const OPENING_PREPOSITIONS = new Set([
  'outside',
  'inside',
  'near',
  'beyond',
  'across',
  'behind',
  'beside',
  'despite',
  'amid',
  'amidst',
  'throughout',
  'within',
  'towards',
  'toward',
  'via',
  'unlike',
]);

/** Levels and kinds of a prosecutor's office written in lower case after its town's name. */
const OFFICE_LEVELS =
  /^(regional|city|district|provincial|municipal|county|state|public|military|general|financial|federal|local|anti-corruption)$/;

/** "<Town> [levels] prosecutor's office": token spans from the town's name to "office". */
function townProsecutorOffices(
  toks: readonly Token[],
  chunks: readonly { from: number; to: number }[],
): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let k = 1; k < toks.length - 2; k++) {
    if (toks[k]!.lower !== 'prosecutor' || !/^['’]s?$/.test(toks[k + 1]!.text)) continue;
    if (toks[k + 2]!.lower !== 'office') continue;
    let j = k;
    while (j > k - 2 && OFFICE_LEVELS.test(toks[j - 1]?.text ?? '')) j--;
    const town = chunks.find((c) => c.to === j && c.to - c.from <= 3);
    if (town) out.push({ from: town.from, to: k + 3 });
  }
  return out;
}

/**
 * Letters written after a person's name: counsel's ranks (King's / Queen's Counsel, Senior
 * Advocate of Nigeria), seats (MP, MEP, MSP, TD) and British honours. ("SC" is left out: it
 * also closes the names of sports clubs.)
 */
const POST_NOMINALS = new Set([
  'KC',
  'QC',
  'SAN',
  'MP',
  'MEP',
  'MSP',
  'MLA',
  'TD',
  'OBE',
  'CBE',
  'MBE',
  'KBE',
  'DBE',
]);

const PARTY_LABELS = new Set([
  'Democrat',
  'Republican',
  'Independent',
  'Socialist',
  'Conservative',
  'Liberal',
  'Communist',
  'Tory',
]);
/** Nouns for parts and officers of a town: "X's outskirts", "X's mayor". */
const PLACE_PARTS =
  /^(outskirts|suburbs?|streets?|slums?|downtown|centre|center|mayor|governor|residents|neighbourhoods?|neighborhoods?|districts?|airport|harbour|harbor|waterfront|townships?)$/;
/** Nouns that tie a person to the place they come from or live in. */
const HOME_NOUNS = /^(native|natives|resident|residents|hometown)$/;
/** Job nouns before "at X": X is where they work or study. */
const ROLE_AT =
  /^(accountant|employee|worker|reporter|researcher|professor|lecturer|engineer|executive|manager|economist|analyst|official|student|students|teacher|doctor|nurse)$/;
/** Staff nouns before "for X": X is the organisation they work for. */
const ROLE_FOR =
  /^(spokesman|spokeswoman|spokesperson|lawyer|lawyers|attorney|attorneys|counsel|consultant|analyst|economist|correspondent|reporter|writer|editor|columnist|photographer|worker|workers|employee|employees|official|officials|executive|executives|manager|negotiator|lobbyist|works|worked|working|work)$/;
/** Staff nouns before "of X" that only organisations have (not "governor of", "mayor of"). */
const ROLE_OF =
  /^(president|vice-president|ceo|spokesman|spokeswoman|spokesperson|executive|executives|employee|employees|manager|editor|publisher|owner|co-founder|cofounder|treasurer|chairwoman|vice-chairman|vice-president|economist|analyst|researcher|researchers|professor|officials?)$/;
/** Staff nouns between an organisation's name and a person's: "Acme spokesman John Doe". */
const STAFF_AFTER =
  /^(spokesman|spokeswoman|spokesperson|employee|employees|economist|analyst|correspondent|president|chairman|chairwoman|executive|engineer|official|officials|worker|workers|leader|chief|director|publisher|editor|reporter|anchorman|anchorwoman|founder|owner|trader)$/;
/** Verbs whose object is an organisation: "who heads X", "she founded X". */
const ORG_OBJECT_VERBS =
  /^(heads|headed|chairs|chaired|founded|co-founded|cofounded|runs|ran|owns|owned|manages|managed)$/;

/** "the X criminal gang", "the gang X", "his X channel". */
function contextType(toks: readonly Token[], from: number, to0: number): EntityType | undefined {
  // the "Sangre Joven" (Young Blood) gang: the noun comes after the quote and the gloss
  let to = to0;
  while (/^["”’']$/.test(toks[to]?.text ?? '')) to++;
  if (toks[to]?.text === '(') {
    const close = toks.findIndex((t, j) => j > to && j < to + 8 && t.text === ')');
    if (close > 0) to = close + 1;
  }
  // "the X remand centre", "the X penal colony"
  if (detentionAfter(toks, to)) return 'Prison';
  // "the X drug trafficking organization", "the X armed group", "X, an outlawed militant network"
  if (criminalCompound(toks, to) || (toks[to]?.text === ',' && criminalCompound(toks, to + 2)))
    return 'CriminalOrganization';
  const prev = toks[from - 1];
  for (let k = to; k < Math.min(toks.length, to + 3); k++) {
    const t = toks[k]!;
    if (t.pos === 'NOUN') {
      const typed = typeFromContextNoun(t.lemma) ?? channelType(t.lemma);
      // "a Lagos rights group", "an Istanbul court": with an indefinite article the noun
      // names another body, so the name is where that body is ("the Lagos group" is its name)
      if (typed && typed !== 'Place' && /^(a|an)$/.test(prev?.lower ?? '')) return 'Place';
      if (typed) return typed;
      // "a Brampton advocacy group": the compound's head is its last noun
      if (toks[k + 1]?.pos === 'NOUN') continue;
      break;
    }
    if (t.pos !== 'ADJ') break;
  }
  // ("the news site X"; but "on whose platform X was elected" names a person)
  if (prev && prev.pos === 'NOUN')
    return (
      typeFromContextNoun(prev.lemma) ??
      (/^(site|website|outlet|portal)$/.test(prev.lemma) ? 'Organization' : undefined)
    );
  // "a rival gang, Los Tigres", "the country's largest prison, La Roca": a name in apposition
  // to a described noun (not "the gang, Ruiz said", where a verb follows)
  if (prev?.text === ',' && toks[from - 2]?.pos === 'NOUN' && toks[to]?.pos !== 'VERB') {
    let d = from - 3;
    while (d >= 0 && /^(ADJ|NOUN)$/.test(toks[d]!.pos)) d--;
    // ("two guards at the prison, Byron Mite": a definite noun in a phrase is the old prison)
    const anaphoric = toks[d]?.lower === 'the' && toks[d - 1]?.pos === 'ADP';
    const typed = anaphoric ? undefined : typeFromContextNoun(toks[from - 2]!.lemma);
    if (
      typed &&
      typed !== 'Place' &&
      /^(a|an|the|its|their|his|her|'s|’s)$/.test(toks[d]?.lower ?? '')
    )
      return typed;
  }
  // "the town of X", "the port city of X"
  if (prev?.lower === 'of' && toks[from - 2]?.pos === 'NOUN') {
    const t = typeFromContextNoun(toks[from - 2]!.lemma);
    if (t === 'Place') return t;
  }
  // Apposition: "X, a detention facility …", "X, the Peruvian gang …", "X, a legal aid group …"
  if (toks[to]?.text === ',' && /^(a|an|the)$/.test(toks[to + 1]?.lower ?? '')) {
    const words: string[] = [];
    let k = to + 2;
    // "X, a Brampton-based network": the place before "-based" is no part of the head
    if (/^[-–]$/.test(toks[k + 1]?.text ?? '') && toks[k + 2]?.lower === 'based') k += 3;
    for (; k < Math.min(toks.length, to + 10); k++) {
      const t = toks[k]!;
      if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') break;
      words.push(t.lower);
    }
    const stop = toks[k];
    const possessor = stop && /^['’]s?$/.test(stop.text);
    // "From X, the court said …": a new clause's subject, not an apposition (but "X, a
    // company owned by …" is a description reduced from a relative clause)
    const reduced =
      toks[to + 1]!.lower !== 'the' && stop?.pos === 'VERB' && /(ed|en)$/.test(stop.lower);
    const clause = stop && (stop.pos === 'VERB' || stop.pos === 'AUX') && !reduced;
    if (words.length && !possessor && !clause)
      return typeFromHead(words) ?? typeFromContextNoun(words.at(-1)!);
  }
  // "Memoria Viva, Chile's largest rights group, …": an apposition owned by a place
  if (toks[to]?.text === ',') {
    let k = to + 1;
    // ("the Netherlands' highest court": a country named with its article)
    if (toks[k]?.lower === 'the' && startsUpper(toks[k + 1]?.text ?? '')) k++;
    const owner = k;
    while (k < owner + 3 && toks[k] && startsUpper(toks[k]!.text)) k++;
    if (k > owner && /^['’]s?$/.test(toks[k]?.text ?? '')) {
      const words: string[] = [];
      for (k++; k < Math.min(toks.length, to + 10); k++) {
        const t = toks[k]!;
        if (t.pos !== 'NOUN' && t.pos !== 'ADJ') break;
        words.push(t.lower);
      }
      if (words.length && /^[,.;:)]$/.test(toks[k]?.text ?? '')) {
        const t = typeFromContextNoun(words.at(-1)!);
        if (t && t !== 'Place') return t;
      }
    }
  }
  return undefined;
}

/** "X, a Lima-based rights group", "X, an advocacy group": an apposition headed by "group". */
function appositionGroup(toks: readonly Token[], to: number): boolean {
  if (toks[to]?.text !== ',' || !/^(a|an|the)$/.test(toks[to + 1]?.lower ?? '')) return false;
  let k = to + 2;
  while (k < to + 10 && toks[k] && /^(NOUN|ADJ|PROPN|PUNCT|VERB)$/.test(toks[k]!.pos)) {
    const w = toks[k]!.lower;
    if (/^(group|organisation|organization|ngo|charity|watchdog)$/.test(w))
      return !/^(NOUN|PROPN)$/.test(toks[k + 1]?.pos ?? '');
    if (toks[k]!.pos === 'PUNCT' && !/^[-–]$/.test(toks[k]!.text)) return false;
    if (toks[k]!.pos === 'VERB' && w !== 'based') return false;
    k++;
  }
  return false;
}

/** A lower-case detention compound at k: "remand centre", "detention facility", "penal colony". */
function detentionAfter(toks: readonly Token[], k: number): boolean {
  const [a, b] = [toks[k], toks[k + 1]];
  return (
    !!a && !!b && startsLower(a.text) && startsLower(b.text) && isDetentionCompound(a.text, b.text)
  );
}

/**
 * "ABUJA (Reuters) -", "KOBLENZ, Germany, March 9 (AP) —": the agency or outlet in brackets
 * after a dateline credits the story. Its index, if the sentence opens with one.
 */
function datelineCredit(toks: readonly Token[]): number | undefined {
  if (!/^[A-Z][A-Z'-]{2,}$/.test(toks[0]?.text ?? '')) return undefined;
  const open = toks.findIndex((t, k) => k < 12 && t.text === '(');
  if (open < 1 || toks[open + 2]?.text !== ')' || !/^[—–_-]+$/.test(toks[open + 3]?.text ?? ''))
    return undefined;
  const credit = toks[open + 1]!.text;
  return CREDIT_NAME.test(credit) ? open + 1 : undefined;
}

/** "LONDON, Feb. 11 (Reuters) -": a dateline's place in capitals is named as the place is. */
function datelineName(toks: readonly Token[], from: number, to: number, name: string): string {
  const dateline = from === 0 && /^[,(—–-]$/.test(toks[to]?.text ?? '');
  if (!dateline || !/^[A-Z][A-Z .'-]{3,}$/.test(name)) return name;
  return titleCase(name);
}

/** Words that make a following group noun a criminal or armed group. */
const CRIME_WORDS =
  /^(drug|drugs|narcotics|narco|trafficking|smuggling|criminal|crime|mafia|gang|cartel|terrorist|terror|militant|armed|outlawed|guerrilla|paramilitary|insurgent|jihadist|extremist|kidnapping|extortion)$/;
const GROUP_NOUNS =
  /^(organization|organisation|network|group|ring|family|syndicate|clan|cell|outfit|faction|militia)$/;

/** Up to four nouns and adjectives from k, ending in a group noun and holding a crime word. */
function criminalCompound(toks: readonly Token[], k: number): boolean {
  let crime = false;
  for (let j = k; j < Math.min(toks.length, k + 5); j++) {
    const t = toks[j]!;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'VERB' && !/^(a|an|the)$/.test(t.lower))
      return false;
    if (CRIME_WORDS.test(t.lower)) crime = true;
    else if (GROUP_NOUNS.test(t.lower)) return crime;
  }
  return false;
}

function channelType(lemma: string): EntityType | undefined {
  return /^(channel|app|platform|account|website|site|outlet|portal|network)$/.test(lemma)
    ? 'Organization'
    : undefined;
}
