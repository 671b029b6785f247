import type { CorefFacts } from '../coref/resolve';
import { isProsecutionService } from '../lexicon/justice-bodies';
import type { EntityRegistry } from '../coref/registry';
import type { EntityRec, MentionRec } from '../model';
import { countryByName } from '../lexicon/countries';
import type { RawRelation } from './types';

/**
 * Relations implied by how entities were named: a country's government
 * governs it (GOVERNMENT_OF), "the X administration" is led by X (LEADS), and
 * a group called by a demonym ("the Venezuelans", "Venezuelan deportees") are
 * citizens of that country (CITIZEN_OF). Evidence is the naming mention.
 */
/** What the implicit rules need to know of the article beyond its entities. */
export interface ImplicitContext {
  /** The words of a mention as written ("Chilean authorities", "the Trump administration"). */
  surfaceOf: (m: MentionRec) => string;
  /** Whether a sentence speaks of a court it does not name ("Judge X of an accountability court"). */
  unnamedCourtIn: (sent: number) => boolean;
  /** Courts named only as where an appeal may go ("would appeal to the High Court"). */
  appealOnly: (court: EntityRec) => boolean;
}

/** Group nouns that name people by nothing but their nationality, or by leaving a country. */
const NATIONALITY_HEADS =
  /^(nationals?|citizens?|subjects|men|women|people|persons|individuals|exiles?|expatriates?|emigrants?|émigrés?|emigres?|migrants?|immigrants?|refugees?|asylum[ -]seekers?|diaspora)$/;

/**
 * "the Chilean government", "the Trump administration", "the White House": words that speak of a
 * government. "Chilean authorities", "Tehran said" or "the country's agency" stand for the state
 * and say nothing of its government, so they are no evidence of GOVERNMENT_OF.
 */
const GOVERNMENT_WORDS = /\b(government|administration|regime|cabinet|white house|kremlin)\b/i;

export function implicitRelations(
  registry: EntityRegistry,
  facts: CorefFacts,
  { surfaceOf, unnamedCourtIn, appealOnly }: ImplicitContext,
): RawRelation[] {
  const out: RawRelation[] = [];
  const at = (
    m: MentionRec,
    rule: string,
    confidence: number,
  ): Pick<RawRelation, 'sent' | 'from' | 'to' | 'trigger' | 'rule' | 'confidence' | 'static'> => ({
    sent: m.sent,
    from: m.from,
    to: m.to,
    trigger: m.from,
    rule,
    confidence: confidence * m.confidence,
    static: true,
  });
  for (const e of registry.entities.values()) {
    if (e.type === 'Government' && e.country) {
      const first = e.mentions.find(
        (m) => m.kind !== 'pronoun' && GOVERNMENT_WORDS.test(surfaceOf(m)),
      );
      if (first)
        out.push({
          subject: e.key,
          predicate: 'GOVERNMENT_OF',
          object: registry.country(e.country).key,
          ...at(first, 'government-of-country', 0.9),
        });
    }
    // "High Court of Australia": a court or prison named for its country sits in it (a prefix
    // such as "US District Court" is left alone: those courts are located by their city)
    if ((e.type === 'Court' || e.type === 'Prison') && !e.country) {
      const country = countryInName(e.name);
      const first = e.mentions.find((m) => m.kind === 'name');
      if (country && first)
        out.push({
          subject: e.key,
          predicate: 'LOCATED_IN',
          object: registry.country(country).key,
          ...at(first, 'name-country-location', 0.8),
        });
    }
    if (e.type === 'Group' && !e.attributes.family?.startsWith('agent:')) {
      const seen = new Set<string>();
      for (const m of e.mentions) {
        if (!m.country) continue;
        // "three Malaysians", "Ugandan exiles", "two Eritrean men": people named by their
        // nationality; "Swedish prisoners", "French voters", "Chinese workers" are named by what
        // they do, and the demonym may say where as well as whose citizens they are
        if (
          m.kind !== 'plural-demonym' &&
          !(m.kind === 'group' && NATIONALITY_HEADS.test(m.head ?? ''))
        )
          continue;
        const country = registry.country(m.country).key;
        if (seen.has(country)) continue;
        seen.add(country);
        out.push({
          subject: e.key,
          predicate: 'CITIZEN_OF',
          object: country,
          ...at(m, 'demonym-citizens', 0.75),
        });
      }
    }
  }
  // "Mrs Justice X", "Presiding judge X", "the judge" with no court named: the judge sits on
  // the article's court, when one court is named more often than all the others together
  const courts = [...registry.entities.values()]
    .filter((e) => e.type === 'Court' && !appealOnly(e))
    .map((e) => ({ key: e.key, n: e.mentions.filter((m) => m.kind !== 'pronoun').length }))
    .sort((a, b) => b.n - a.n);
  const rest = courts.slice(1).reduce((sum, c) => sum + c.n, 0);
  const court = courts[0] && courts[0].n > rest ? courts[0].key : undefined;
  for (const e of court ? registry.entities.values() : []) {
    if (e.type !== 'Person' || e.mentions.some((m) => m.title?.orgKey || m.title?.court)) continue;
    const judge = e.mentions.find(
      (m) =>
        (m.title?.spec.predicate === 'JUDGE_OF' && !m.title.country) ||
        (m.kind === 'description' && /^(judge|justice|magistrate)$/.test(m.head ?? '')),
    );
    // "Judge X of the Y Court": a judge named with another court sits on that one
    const otherCourtNear = (sent: number): boolean =>
      [...registry.entities.values()].some(
        (c) => c.type === 'Court' && c.key !== court && c.mentions.some((m) => m.sent === sent),
      );
    if (judge && !e.mentions.some((m) => otherCourtNear(m.sent) || unnamedCourtIn(m.sent)))
      out.push({
        subject: e.key,
        predicate: 'JUDGE_OF',
        object: court!,
        ...at(judge, 'judge-article-court', 0.6),
      });
  }
  // "Prosecutor X", "chief prosecutor X" with no office named: an official of the one
  // prosecution service the article names
  const services = [...registry.entities.values()].filter(
    (e) => e.type === 'Government' && isProsecutionService(e.name),
  );
  for (const e of services.length === 1 ? registry.entities.values() : []) {
    if (e.type !== 'Person') continue;
    const titled = e.mentions.find(
      (m) => /prosecutor/.test(m.title?.spec.role ?? '') && !m.title?.orgKey && !m.title?.country,
    );
    // (a chief prosecutor, or the prosecutor an "Office of the … Prosecutor" is named for,
    // heads it)
    const heads =
      /chief|general/.test(titled?.title?.spec.role ?? '') ||
      /^Office of the /.test(services[0]!.name);
    if (titled)
      out.push({
        subject: e.key,
        predicate: heads ? 'LEADS' : 'OFFICIAL_OF',
        object: services[0]!.key,
        ...at(titled, 'prosecutor-article-service', 0.6),
      });
  }
  // "Senator X" in an article that names one senate: a member of it
  const legislatures = [...registry.entities.values()].filter(
    (e) => e.type === 'Government' && LEGISLATURE.test(e.name),
  );
  for (const e of legislatures.length ? registry.entities.values() : []) {
    if (e.type !== 'Person') continue;
    const titled = e.mentions.find((m) => LEGISLATORS.test(m.title?.spec.role ?? ''));
    if (!titled || titled.title?.orgKey || titled.title?.country) continue;
    const senate =
      titled.title!.spec.role === 'senator'
        ? legislatures.filter((l) => / Senate$|^Senate$/.test(l.name))
        : [];
    const house =
      senate.length === 1 ? senate[0] : legislatures.length === 1 ? legislatures[0] : undefined;
    if (house)
      out.push({
        subject: e.key,
        predicate: 'MEMBER_OF',
        object: house.key,
        ...at(titled, 'legislator-article-house', 0.6),
      });
  }
  for (const [gov, lead] of facts.governmentLeader) {
    out.push({
      subject: lead.person,
      predicate: 'LEADS',
      object: gov,
      ...at(lead.mention, 'leader-government', 0.85),
    });
  }
  return out;
}

/** Names of legislatures: "Senate", "National Assembly", "House of Commons", "Sejm". */
const LEGISLATURE =
  /(^|\s)(Senate|Parliament|Congress|Assembly|Duma|Knesset|Bundestag|Majlis|Sejm|Rada|Cortes|Storting|Riksdag|Legislature|Chamber of Deputies|House of Representatives|House of Commons|House of Lords)$/;
/** Title roles of members of a legislature. */
const LEGISLATORS = /^(senator|representative|lawmaker|legislator|congressman|congresswoman)$/;

/** The country a name ends with: "High Court of Australia", "Central Prison of Honduras". */
function countryInName(name: string): ReturnType<typeof countryByName> {
  const words = name.split(' ');
  const of = words.lastIndexOf('of');
  return of > 0 ? countryByName(words.slice(of + 1).join(' ')) : undefined;
}
