import { entityId, type Predicate } from '@news-kg/schema';
import type { MentionRec } from '../model';
import { negatedVerb } from '../claims/cues';
import { countryByDemonym } from '../lexicon/countries';
import { COMPASS_WORDS } from '../lexicon/compass';
import { PERSON_NOUNS } from '../lexicon/person-nouns';
import { matchRole } from '../lexicon/roles';
import { subjectOf } from './clauses';
import type { SentenceView } from './sentence-view';
import { BLOCK_VERBS, type KeyOf } from './svo';
import type { RawRelation } from './types';
import { startsUpper } from '../nlp/letters';

/**
 * Noun frames: "an order against X", "Y's use of LAW", "members of X",
 * "their membership of X", "a deal with X", "payment from X",
 * "sanctions on X", "the deportation of X to Y".
 */
const KILLING_AGENT_VERBS = new Set([
  'order',
  'commit',
  'carry',
  'plan',
  'plot',
  'mastermind',
  'convict',
  'sentence',
  'charge',
  'indict',
  'accuse',
  'arrest',
  'admit',
  'confess',
  'execute',
  'hang',
  'jail',
  'imprison',
  'suspect',
  'blame',
]);

/** Plural heads for people held in custody: "inmates of X", "X's prisoners". */
const DETAINED_HEADS = /^(inmates|prisoners|detainees|convicts|captives|internees)$/;

/** Staff nouns after an organisation's name: "an Acme employee". */
const STAFF_NOUNS =
  /^(employee|worker|spokesman|spokeswoman|spokesperson|official|officer|agent|commander|adviser|advisor|consultant|staffer|accountant|executive|engineer|analyst|economist|correspondent|reporter|lawyer|attorney|manager|researcher|scientist|professor|director|president|chairman|member|lawmaker|legislator|senator|deputy|politician|activist|councillor|councilor)$/;
/** Members of a party or assembly: "X, a Labour senator", "X, a PBL member". */
const MEMBER_NOUNS =
  /^(member|lawmaker|legislator|senator|deputy|politician|activist|councillor|councilor)$/;

/** Nouns for a suit in court, and the verbs by which a plaintiff brings one. */
const SUIT_NOUNS =
  /^(case|lawsuits?|suit|challenges?|complaints?|petitions?|action|claims?|proceedings)$/;
const SUIT_VERBS = /^(bring|file|launch|lodge|mount|initiate|pursue|win|lose|take)$/;

/**
 * Every lower-case word the token loop of `frameRelations` reacts to (besides a form of
 * "be"). A new word test in that loop must add its words here (frames.test.ts checks it).
 */
export const FRAME_TRIGGERS: ReadonlySet<string> = new Set([
  ...alternatives(SUIT_NOUNS),
  ...alternatives(STAFF_NOUNS),
  ...alternatives(DETAINED_HEADS),
  ...['warrant', 'warrants', 'court', 'assassin', 'killer', 'murderer', 'native', 'resident'],
  ...['hometown', 'national', 'citizen', 'from', 'capital', 'based', 'where', 'presided'],
  ...['home', 'which', 'party', 'movement'],
  ...['order', 'orders', 'injunction', 'ruling', 'judgment', 'judgement'],
  ...['use', 'invocation', 'application', 'member', 'members', 'membership'],
  ...['killing', 'killings', 'murder', 'murders', 'assassination', 'slaying', 'slayings'],
  ...['cell', 'cells', 'deal', 'agreement', 'pact', 'accord', 'treaty'],
  ...['payment', 'payments', 'money', 'funds', 'cash', 'sanction', 'sanctions'],
  ...['assets', 'ban', 'freeze', 'embargo', 'asylum'],
  ...['deportation', 'expulsion', 'removal', 'extradition', 'transfer', 'transfers', 'relocation'],
]);

/** The words of a word-list pattern `^(a|bs?|c)$`. */
export function alternatives(re: RegExp): string[] {
  const m = /^\^(?:\((.*)\)|([a-z?-]+))\$$/.exec(re.source);
  if (!m) throw new Error(`not a word list: ${re.source}`);
  return (m[1] ?? m[2]!).split('|').flatMap((w) => {
    if (!/^[a-z-]+(s\?)?$/.test(w)) throw new Error(`not a word: ${w}`);
    return w.endsWith('s?') ? [w.slice(0, -2), w.slice(0, -1)] : [w];
  });
}

/** Verbs that lift a measure or only weigh it: no sanction is in force. */
const UNDOING =
  /^(lift|remove|end|ease|drop|revoke|suspend|waive|rescind|repeal|scrap|relax|consider|threaten|propose|seek|urge|demand|request|weigh|debate|discuss|oppose|call)$/;

export function frameRelations(view: SentenceView, keyOf: KeyOf): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  const push = (
    subject: string | undefined,
    predicate: Predicate,
    object: string | undefined,
    from: number,
    to: number,
    trigger: number,
    rule: string,
    confidence = 0.7,
    event = true,
    // (a modifier such as "a Lagos-based group" is the narrator's, even inside reported speech)
    isStatic = false,
  ): void => {
    if (!subject || !object || subject === object) return;
    out.push({
      subject,
      predicate,
      object,
      sent: view.sentence.index,
      from,
      to,
      trigger,
      rule,
      confidence,
      event,
      ...(isStatic ? { static: true } : {}),
    });
  };
  /** First keyed mention after token k (skipping determiners, adjectives and "the deportation of"). */
  const after = (k: number, limit = 6): MentionRec | undefined => {
    for (let j = k + 1; j < Math.min(toks.length, k + 1 + limit); j++) {
      if (view.isBoundary(j) || toks[j]!.text === ',') return undefined;
      const m = view.mentionAt(j);
      if (m && (m.key || m.kind === 'description')) return m;
    }
    return undefined;
  };
  /** The "grant"/"give" verb just before "(political) asylum", or -1. */
  const granting = (k: number): number => {
    let v = k - 1;
    while (v >= 0 && /^(ADJ|DET)$/.test(toks[v]!.pos)) v--;
    // ("granted X asylum": the guest between verb and noun)
    const guest = view.mentionEndingAt(v);
    if (guest) v = guest.from - 1;
    return toks[v]?.pos === 'VERB' && /^(grant|give)$/.test(toks[v]!.lemma) && !negatedVerb(toks, v)
      ? v
      : -1;
  };
  /**
   * "sanctions on a sitting Guatemalan judge", "an asset freeze on a senior army general": a
   * demonym or body that only modifies the noun after it is not the one sanctioned.
   */
  const modifiesNoun = (m: MentionRec | undefined): boolean =>
    !!m && /^(NOUN|ADJ)$/.test(toks[m.to]?.pos ?? '') && !view.mentionAt(m.to);
  /** "lifted the sanctions on X", "is considering a ban on X": the measure is not in force. */
  const undone = (k: number): boolean => {
    for (let v = k - 1; v >= Math.max(view.clauseStart(k), k - 6); v--)
      if (toks[v]!.pos === 'VERB') return UNDOING.test(toks[v]!.lemma);
    return false;
  };
  /** The "freeze" verb a few words before "assets" ("froze the assets", "froze Y's assets"). */
  const frozen = (k: number): number | undefined => {
    for (let v = k - 1; v >= Math.max(0, k - 5); v--)
      if (toks[v]!.pos === 'VERB') return toks[v]!.lemma === 'freeze' ? v : undefined;
    return undefined;
  };
  /** Agent of a noun: its possessor ("Trump's use"), else the subject of the clause's verb. */
  const agentOf = (k: number): MentionRec | undefined => {
    let j = k - 1;
    while (j >= 0 && /^(ADJ|NOUN)$/.test(toks[j]!.pos) && !view.mentionAt(j)) j--;
    if (toks[j]?.text === "'s" || toks[j]?.text === '’s') return view.mentionAt(j - 1);
    const possessive = view.mentionAt(j);
    if (possessive && possessive.kind === 'pronoun' && /^(his|her|their|its)$/.test(toks[j]!.lower))
      return possessive;
    for (let v = k - 1; v >= view.clauseStart(k); v--) {
      if (toks[v]!.pos === 'VERB') return subjectOf(view, v).mention;
    }
    return undefined;
  };

  const isPlace = (m: MentionRec | undefined): m is MentionRec =>
    !!m?.key &&
    m.kind !== 'demonym' &&
    (view.typeOf(m.key) === 'Place' || view.typeOf(m.key) === 'Country');
  const isPerson = (m: MentionRec | undefined): m is MentionRec =>
    !!m?.key && view.typeOf(m.key) === 'Person';
  /** The person an indefinite description at d describes: "X, a …" or "X is a …". */
  const described = (d: number): MentionRec | undefined => {
    if (!/^(a|an|the)$/.test(toks[d]?.lower ?? '')) return undefined;
    if (toks[d - 1]?.text === ',') return view.mentionAt(d - 2);
    if (toks[d - 1]?.lemma === 'be' && toks[d - 2]?.lower !== 'not') return view.mentionAt(d - 2);
    return undefined;
  };
  /** "X, a native of Y", "X, a Y native", "Y native X", "X's hometown of Y": X lives in Y. */
  const homePlace = (k: number): void => {
    const w = toks[k]!.lower;
    let place: MentionRec | undefined;
    let person: MentionRec | undefined;
    if (toks[k + 1]?.lower === 'of') {
      place = after(k + 1, 3);
      if (w === 'hometown') person = agentOf(k);
      else {
        let d = k - 1;
        while (d >= 0 && /^(ADJ|ADV)$/.test(toks[d]!.pos)) d--;
        person = described(d);
      }
    } else if (w !== 'hometown') {
      place = view.mentionAt(k - 1);
      if (!place || place.to !== k) return;
      const named = view.mentionAt(k + 1);
      if (named?.from === k + 1) person = named;
      else {
        let d = place.from - 1;
        while (d >= 0 && /^(ADJ|ADV)$/.test(toks[d]!.pos)) d--;
        person = described(d);
      }
    }
    if (isPlace(place) && isPerson(person))
      push(
        person.key,
        'LIVES_IN',
        place.key,
        Math.min(person.from, place.from),
        Math.max(person.to, place.to),
        k,
        'frame-native-of',
        0.6,
        false,
      );
  };

  /**
   * "X was convicted of / ordered / confessed to the killing of Y": the verb before the noun
   * makes X the killer (not "investigated the killing of Y", "mourned the murder of Y").
   */
  const killingAgentVerb = (k: number): boolean => {
    let j = k - 1;
    while (j >= 0 && /^(ADJ|NOUN|NUM|DET|PROPN)$/.test(toks[j]!.pos) && !view.mentionAt(j)) j--;
    if (toks[j]?.text === "'s" || toks[j]?.text === '’s') return true;
    if (/^(his|her|their)$/.test(toks[j]?.lower ?? '')) return true;
    for (let v = k - 1; v >= view.clauseStart(k); v--) {
      if (toks[v]!.pos === 'VERB') return KILLING_AGENT_VERBS.has(toks[v]!.lemma);
    }
    return false;
  };

  /**
   * "Ugandan opposition leader X", "Mexican drug lord X": a demonym before a noun for a kind
   * of person, right before the person's name, gives the person's nationality.
   */
  const demonymPerson = (m: MentionRec): void => {
    // ("Thai" is also one of Thailand's names, so the demonym may come as a name mention)
    const demonym =
      m.kind === 'demonym' || (m.to - m.from === 1 && !!countryByDemonym(toks[m.from]!.text));
    if (!demonym || !m.key || view.typeOf(m.key) !== 'Country') return;
    let j = m.to;
    // "a French-Iranian sociologist": the second demonym of a dual nationality
    const dual = (at: number): number => {
      const other = view.mentionAt(at + 1);
      return /^[-–]$/.test(toks[at]?.text ?? '') &&
        other?.from === at + 1 &&
        other.key &&
        view.typeOf(other.key) === 'Country'
        ? other.to
        : at;
    };
    j = dual(j);
    // "Thai pro-democracy activist X", "a former Syrian intelligence officer"
    const nounsFrom = j;
    while (j < nounsFrom + 3 && /^(NOUN|ADJ)$/.test(toks[j]?.pos ?? '') && !view.mentionAt(j)) j++;
    if (j === nounsFrom || !PERSON_NOUNS.has(toks[j - 1]!.lower)) return;
    // "X, a former Syrian intelligence officer,": the apposition names the person before it
    let d = m.from - 1;
    // (the first demonym of "French-Iranian" before the second)
    if (/^[-–]$/.test(toks[d]?.text ?? '') && view.mentionEndingAt(d - 1)?.key) {
      d = view.mentionEndingAt(d - 1)!.from - 1;
    }
    while (d >= 0 && toks[d]!.pos === 'ADJ' && !view.mentionAt(d)) d--;
    if (
      /^(a|an|the)$/.test(toks[d]?.lower ?? '') &&
      toks[d - 1]?.text === ',' &&
      (!toks[j] || /^[,.;:)]$/.test(toks[j]!.text))
    ) {
      const before = view.mentionEndingAt(d - 2);
      if (isPerson(before) && !before.title?.country)
        push(
          before.key,
          'CITIZEN_OF',
          m.key,
          before.from,
          j,
          m.to,
          'frame-demonym-apposition',
          0.65,
          false,
        );
      return;
    }
    const person = view.mentionAt(j);
    if (!isPerson(person) || person.from !== j || person.title?.country) return;
    push(
      person.key,
      'CITIZEN_OF',
      m.key,
      m.from,
      person.to,
      m.to,
      'frame-demonym-person',
      0.65,
      false,
    );
  };
  for (const m of view.keyed) demonymPerson(m);

  /**
   * "X is an Albanian national", "X, a 52-year-old Mexican citizen,": X is a citizen of the
   * demonym's country ("a national" is often tagged as an adjective, so titles miss it).
   */
  const citizenOf = (k: number): void => {
    const dem = view.mentionAt(k - 1);
    if (!dem?.key || dem.kind !== 'demonym' || dem.to !== k) return;
    if (view.typeOf(dem.key) !== 'Country' || toks[k + 1]?.lower === 'of') return;
    let d = dem.from - 1;
    while (
      d >= 0 &&
      !view.mentionAt(d) &&
      (/^(ADJ|NUM|ADV)$/.test(toks[d]!.pos) || /^(-|year|years)$/.test(toks[d]!.lower))
    )
      d--;
    let person = described(d);
    // "The lead applicant, X, is an Albanian national"
    if (!person && /^(a|an)$/.test(toks[d]?.lower ?? '') && toks[d - 1]?.lemma === 'be')
      person = subjectOf(view, d - 1).mention;
    if (isPerson(person))
      push(
        person.key,
        'CITIZEN_OF',
        dem.key,
        Math.min(person.from, dem.from),
        k + 1,
        k,
        'frame-demonym-national',
        0.75,
        false,
      );
  };

  /**
   * "14 inmates of X Prison", "prisoners at/in X", "X Prison's inmates", "the X Prison
   * inmates": the group is held in the prison named with it.
   */
  const heldGroup = (k: number): void => {
    const group = view.mentionAt(k);
    if (!group?.key || group.to !== k + 1 || view.typeOf(group.key) !== 'Group') return;
    const isPrison = (m: MentionRec | undefined): m is MentionRec =>
      !!m?.key && m.kind !== 'pronoun' && view.typeOf(m.key) === 'Prison';
    let prison: MentionRec | undefined;
    if (/^(of|at|in|inside)$/.test(toks[k + 1]?.lower ?? '')) {
      const j = toks[k + 2]?.lower === 'the' ? k + 3 : k + 2;
      const m = view.mentionAt(j);
      if (m?.from === j) prison = m;
    } else {
      const b = group.from - 1;
      const m = /^['’]s?$/.test(toks[b]?.text ?? '') ? view.mentionAt(b - 1) : view.mentionAt(b);
      if (m && (m.to === b || m.to === group.from)) prison = m;
    }
    if (isPrison(prison))
      push(
        group.key,
        'HELD_IN',
        prison.key,
        Math.min(group.from, prison.from),
        Math.max(group.to, prison.to),
        k,
        'frame-inmates-of',
        0.7,
        false,
      );
  };

  // "the Lima Superior Court", "the Tromso District Prison": a court or prison whose name
  // begins with the name of a place the article names on its own sits in that place.
  for (const m of view.keyed) {
    if (m.kind !== 'name' || !/^(Court|Prison)$/.test(view.typeOf(m.key!) ?? '')) continue;
    for (let len = Math.min(3, m.to - m.from - 1); len >= 1; len--) {
      const words = toks.slice(m.from, m.from + len);
      if (!words.every((t) => t.pos === 'PROPN' && startsUpper(t.text))) continue;
      const place = entityId('Place', words.map((t) => t.text).join(' '));
      if (view.typeOf(place) !== 'Place') continue;
      push(
        m.key,
        'LOCATED_IN',
        place,
        m.from,
        m.to,
        m.from,
        'frame-place-named-court',
        0.65,
        false,
        // (what the name says is the narrator's, inside reported speech too)
        true,
      );
      break;
    }
  }

  /** "blocked/halted the extradition of X to Y", "an order against the deportation": it did not happen. */
  const blockedRemoval = (k: number): boolean => {
    let j = k - 1;
    while (j >= 0 && /^(DET|ADJ|PRON)$/.test(toks[j]!.pos) && !view.mentionAt(j)) j--;
    if (/^(against|halting|blocking|stopping|suspending)$/.test(toks[j]?.lower ?? '')) return true;
    return toks[j]?.pos === 'VERB' && BLOCK_VERBS.has(toks[j]!.lemma);
  };

  /**
   * "X brought/filed a case/lawsuit/challenge against Y", "X's lawsuit against Y", "the case,
   * brought by X against Y", "a suit filed by X against Y", "X took Y to court": X sued Y.
   */
  // "… was brought by X", "…, filed by X and Y": the plaintiffs after a passive suit verb at j
  const broughtBy = (j: number): MentionRec[] => {
    while (toks[j]?.pos === 'AUX') j++; // "was brought", "had been filed"
    if (
      toks[j]?.pos !== 'VERB' ||
      !SUIT_VERBS.test(toks[j]!.lemma) ||
      toks[j + 1]?.lower !== 'by' ||
      view.isBoundary(j + 2)
    )
      return [];
    const first = after(j + 1, 3);
    if (!first) return [];
    // ("brought by the singer X and the rights group Y")
    const second = toks[first.to]?.lower === 'and' ? after(first.to, 5) : undefined;
    return second ? [first, second] : [first];
  };
  const lawsuit = (k: number): void => {
    let plaintiff: MentionRec | undefined;
    let defendant: MentionRec | undefined;
    let j = k + 1;
    if (toks[j]?.text === ',') j++;
    const by = broughtBy(j);
    if (by.length) {
      // "the case, brought by X against Y", "the case was brought by X against Y"
      plaintiff = by.at(-1);
      if (!plaintiff) return;
      let a = plaintiff.to;
      while (a < plaintiff.to + 8 && toks[a] && toks[a]!.lower !== 'against') {
        if (view.isBoundary(a) || toks[a]!.pos === 'VERB') return;
        a++;
      }
      if (toks[a]?.lower === 'against') defendant = after(a, 3);
    } else if (toks[k + 1]?.lower === 'against') {
      defendant = after(k + 1, 4);
      // "the claim against Y was brought by X and Z"
      const later = defendant ? broughtBy(defendant.to) : [];
      if (defendant && later.length) {
        for (const p of later) sue(p, defendant, k);
        return;
      }
      let b = k - 1;
      while (b >= 0 && /^(ADJ|NOUN)$/.test(toks[b]!.pos) && !view.mentionAt(b)) b--;
      if (/^['’]s?$/.test(toks[b]?.text ?? '')) plaintiff = view.mentionAt(b - 1);
      else {
        while (b >= 0 && /^(DET|NUM|PRON)$/.test(toks[b]!.pos) && !view.mentionAt(b)) b--;
        const possessive = view.mentionAt(b);
        if (possessive?.kind === 'pronoun' && /^(his|her|their|its)$/.test(toks[b]!.lower))
          plaintiff = possessive;
        else if (toks[b]?.pos === 'VERB' && SUIT_VERBS.test(toks[b]!.lemma))
          plaintiff = subjectOf(view, b).mention;
      }
    }
    if (!plaintiff || !defendant) return;
    for (const p of by.length > 1 ? by : [plaintiff]) sue(p, defendant, k);
  };
  const sue = (plaintiff: MentionRec, defendant: MentionRec, k: number): void => {
    const pk = keyOf(plaintiff);
    const dk = keyOf(defendant);
    if (!pk || !dk) return;
    // "prosecutors brought a case against X" is a prosecution, not a suit
    if (
      /^(Government|Court)$/.test(view.typeOf(pk) ?? '') &&
      !/^(lawsuits?|suit|challenge|petition)$/.test(toks[k]!.lower)
    )
      return;
    push(
      pk,
      'SUED',
      dk,
      Math.min(plaintiff.from, k),
      Math.max(defendant.to, k + 1),
      k,
      'frame-lawsuit',
      0.65,
    );
  };

  /**
   * "the court issued an arrest warrant for X", "the Y Court's warrant for X's arrest", "a Y
   * Court warrant against X": the court orders against X.
   */
  const warrant = (k: number): void => {
    const target = after(k + 1, 4);
    if (!target?.key || !/^(Person|Group)$/.test(view.typeOf(target.key) ?? '')) return;
    let j = k - 1;
    while (j >= 0 && /^(ADJ|NOUN)$/.test(toks[j]!.pos) && !view.mentionAt(j)) j--;
    let issuer: MentionRec | undefined;
    const before = view.mentionAt(j);
    if (/^['’]s?$/.test(toks[j]?.text ?? '')) issuer = view.mentionAt(j - 1);
    else if (before && before.to === j + 1 && before.kind !== 'pronoun') issuer = before;
    else {
      while (j >= 0 && /^(DET|NUM)$/.test(toks[j]!.pos) && !view.mentionAt(j)) j--;
      if (toks[j]?.pos === 'VERB' && /^(issue|sign|grant)$/.test(toks[j]!.lemma))
        issuer = subjectOf(view, j).mention;
    }
    const type = issuer?.key ? view.typeOf(issuer.key) : undefined;
    const judge =
      type === 'Court' ||
      (type === 'Person' &&
        view.mentions.some((x) => x.key === issuer!.key && x.title?.spec.predicate === 'JUDGE_OF'));
    if (judge)
      push(
        issuer!.key,
        'ISSUED_ORDER_AGAINST',
        target.key,
        Math.min(issuer!.from, k),
        target.to,
        k,
        'frame-warrant-for',
        0.7,
      );
  };

  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.lower;
    // most tokens trigger no frame: skip them before the chain of word tests below
    if (!FRAME_TRIGGERS.has(w) && toks[k]!.lemma !== 'be') continue;
    if (SUIT_NOUNS.test(w) && !view.mentionAt(k)) lawsuit(k);
    if (/^warrants?$/.test(w) && /^(for|against)$/.test(toks[k + 1]?.lower ?? '')) warrant(k);
    if (w === 'court' && toks[k - 1]?.lower === 'to' && !view.mentionAt(k)) {
      // "X took Y to court", "dragged Y to court"
      const defendant = view.mentionAt(k - 2);
      const verb = defendant ? toks[defendant.from - 1] : undefined;
      if (
        defendant &&
        defendant.to === k - 1 &&
        verb?.pos === 'VERB' &&
        /^(take|drag|haul)$/.test(verb.lemma)
      ) {
        const plaintiff = subjectOf(view, defendant.from - 1).mention;
        push(
          keyOf(plaintiff),
          'SUED',
          keyOf(defendant),
          plaintiff?.from ?? k,
          k + 1,
          k,
          'frame-took-to-court',
          0.65,
        );
      }
    }
    // "King assassin James Earl Ray", "Kennedy's killer Lee Oswald"
    if (/^(assassin|killer|murderer)$/.test(w)) {
      let v = k - 1;
      if (toks[v]?.text === "'s" || toks[v]?.text === '’s') v--;
      const victim = view.mentionAt(v);
      const killer = view.mentionAt(k + 1);
      if (victim && killer && victim.to === v + 1 && killer.from === k + 1) {
        push(
          keyOf(killer),
          'KILLED',
          keyOf(victim),
          victim.from,
          killer.to,
          k,
          'frame-killer-noun',
          0.65,
          false,
        );
      }
    }
    if (/^(assassin|killer|murderer)$/.test(w)) {
      // "X, the assassin of Y" / "Y's assassin, X" / "X, Y's killer"
      let d = k - 1;
      while (
        d >= 0 &&
        (toks[d]!.pos === 'ADJ' || /^(convicted|confessed|accused)$/.test(toks[d]!.lower))
      )
        d--;
      let victim: MentionRec | undefined;
      let killer: MentionRec | undefined;
      if (toks[k + 1]?.lower === 'of' && /^(the|an?)$/.test(toks[d]?.lower ?? '')) {
        victim = after(k + 1, 4);
        if (toks[d - 1]?.text === ',') killer = view.mentionAt(d - 2);
      } else if (toks[d]?.text === "'s" || toks[d]?.text === '’s') {
        victim = view.mentionAt(d - 1);
        const owner = victim ? victim.from : d;
        if (toks[owner - 1]?.text === ',') killer = view.mentionAt(owner - 2);
        else if (toks[k + 1]?.text === ',') {
          const named = view.mentionAt(k + 2);
          if (named?.from === k + 2) killer = named;
        }
      }
      if (
        victim?.key &&
        killer?.key &&
        view.typeOf(victim.key) === 'Person' &&
        view.typeOf(killer.key) === 'Person'
      )
        push(
          killer.key,
          'KILLED',
          victim.key,
          Math.min(killer.from, victim.from),
          Math.max(killer.to, victim.to),
          k,
          'frame-killer-apposition',
          0.65,
          false,
        );
    }
    if (/^(native|resident|hometown)$/.test(w)) homePlace(k);
    // "the Civic Party, of which Ana Ruiz is a member / the leader,": the office in the antecedent
    if (w === 'which' && toks[k - 1]?.lower === 'of' && toks[k - 2]?.text === ',') {
      let e = k - 3;
      while (e >= 0 && toks[e]!.pos === 'NOUN' && !view.mentionAt(e)) e--;
      const body = view.mentionEndingAt(e);
      const person = view.mentionAt(k + 1);
      let r = person ? person.to : k + 1;
      if (toks[r]?.lemma === 'be') r++;
      if (/^(a|an|the)$/.test(toks[r]?.lower ?? '')) r++;
      while (toks[r]?.pos === 'ADJ' && !matchRole(view.lowers, r)) r++;
      const role = matchRole(view.lowers, r);
      const predicate: Predicate | undefined = MEMBER_NOUNS.test(toks[r]?.lower ?? '')
        ? 'MEMBER_OF'
        : role?.spec.predicate;
      const bt = body?.key ? view.typeOf(body.key) : undefined;
      if (
        isPerson(person) &&
        body?.key &&
        bt &&
        /^(Organization|Government|CriminalOrganization|Court)$/.test(bt) &&
        toks[person.to]?.lemma === 'be' &&
        predicate &&
        /^(MEMBER_OF|LEADS|OFFICIAL_OF|WORKS_FOR|JUDGE_OF)$/.test(predicate) &&
        (predicate !== 'JUDGE_OF' || bt === 'Court')
      )
        push(person.key, predicate, body.key, body.from, r + 1, k, 'frame-of-which', 0.65, false);
    }
    // "Ruiz's party, the Civic Union,", "the Civic Union, Ruiz's party,": she is a member
    // ("her party" is a description of its own, resolved by coreference)
    if ((w === 'party' || w === 'movement') && toks[k]!.pos === 'NOUN') {
      const owned = view.ownerOfNoun(k);
      let at = toks[k + 1]?.text === ',' ? k + 2 : -1;
      if (toks[at]?.lower === 'the') at++;
      const after = at > 0 ? view.mentionAt(at) : undefined;
      const before =
        owned && toks[owned.from - 1]?.text === ','
          ? view.mentionEndingAt(owned.from - 2)
          : undefined;
      const party = after?.from === at ? after : before;
      if (
        owned &&
        isPerson(owned.owner) &&
        party?.key &&
        view.typeOf(party.key) === 'Organization' &&
        party.kind !== 'pronoun'
      )
        push(
          owned.owner.key,
          'MEMBER_OF',
          party.key,
          Math.min(owned.from, party.from),
          Math.max(k + 1, party.to),
          k,
          'frame-own-party',
          0.65,
          false,
          true,
        );
    }
    // "arrested at his home in Brampton", "Ana Ruiz's home in Lekki": the owner lives there
    if (w === 'home' && toks[k + 1]?.lower === 'in') {
      const owned = view.ownerOfNoun(k);
      const place = after(k + 1, 3);
      if (owned && isPerson(owned.owner) && isPlace(place))
        push(
          owned.owner.key,
          'LIVES_IN',
          place.key,
          owned.from,
          place.to,
          k,
          'frame-home-in',
          0.65,
          false,
        );
    }
    if (/^(national|citizen)$/.test(w)) citizenOf(k);
    if (w === 'from' && !view.mentionAt(k)) {
      // "X is from Y", "X, an electronics technician from Y,": where a person comes from
      const place = view.mentionAt(k + 1);
      let person: MentionRec | undefined;
      if (toks[k - 1]?.lemma === 'be' && toks[k - 2]?.lower !== 'not')
        person = view.mentionAt(k - 2);
      else {
        let d = k - 1;
        while (d > k - 5 && d >= 0 && /^(NOUN|ADJ)$/.test(toks[d]!.pos) && !view.mentionAt(d)) d--;
        if (d < k - 1 && /^(a|an)$/.test(toks[d]?.lower ?? '') && toks[d - 1]?.text === ',')
          person = view.mentionAt(d - 2);
      }
      if (isPerson(person) && isPlace(place) && place.from === k + 1 && person.to <= k)
        push(
          person.key,
          'LIVES_IN',
          place.key,
          person.from,
          place.to,
          k,
          'frame-person-from',
          0.6,
          false,
        );
    }
    if (w === 'capital' && (toks[k - 1]?.text === "'s" || toks[k - 1]?.text === '’s')) {
      // "Baghdad, Iraq's capital": the city is in the country
      const country = view.mentionAt(k - 2);
      const city =
        country && toks[country.from - 1]?.text === ','
          ? view.mentionAt(country.from - 2)
          : undefined;
      if (
        isPlace(country) &&
        isPlace(city) &&
        city.to === country.from - 1 &&
        view.typeOf(city.key!) === 'Place'
      )
        push(
          city.key,
          'LOCATED_IN',
          country.key,
          city.from,
          k + 1,
          k,
          'frame-capital-of',
          0.75,
          false,
        );
    }
    if (toks[k]!.lemma === 'be' && toks[k + 1]?.lower === 'in' && toks[k - 2]?.lower !== 'who') {
      // "Rome is in Lazio province", "the prison is in northern Peru"
      const thing = view.mentionAt(k - 1);
      const tt = thing?.key ? view.typeOf(thing.key) : undefined;
      let at = k + 2;
      while (at < k + 4 && COMPASS_WORDS.test(toks[at]?.lower ?? '') && !view.mentionAt(at)) at++;
      const place = view.mentionAt(at);
      if (
        thing?.key &&
        thing.to === k &&
        thing.kind !== 'pronoun' &&
        tt &&
        /^(Place|Prison|Court|Organization|CriminalOrganization)$/.test(tt) &&
        isPlace(place) &&
        place.from === at
      )
        push(
          thing.key,
          'LOCATED_IN',
          place.key,
          thing.from,
          place.to,
          k,
          'copula-located-in',
          0.7,
          false,
        );
    }
    if (STAFF_NOUNS.test(w) && toks[k + 1]?.lower !== 'of') {
      // "X, an Acme Corp. employee", "X is a Acme Corp. spokesman"
      const org = view.mentionAt(k - 1);
      const ot = org?.key ? view.typeOf(org.key) : undefined;
      if (org?.key && org.to === k && ot && /^(Organization|Government|Court)$/.test(ot)) {
        let d = org.from - 1;
        while (d >= 0 && toks[d]!.pos === 'ADJ') d--;
        // "X, a ministry spokeswoman": the description's own article opens the apposition
        if (org.kind === 'description' && /^(a|an|the)$/.test(toks[org.from]!.lower)) d = org.from;
        // ("foreign ministry spokesman X": the role as a title before the name)
        const titled = view.mentionAt(k + 1);
        const person = described(d) ?? (titled?.from === k + 1 ? titled : undefined);
        const spec = matchRole([w], 0)?.spec;
        const predicate: Predicate = MEMBER_NOUNS.test(w)
          ? 'MEMBER_OF'
          : // staff of a state body who serve it as officials: "X, a Guardia Civil officer"
            /^(official|officer|agent|commander)$/.test(w) && ot === 'Government'
            ? 'OFFICIAL_OF'
            : spec && spec.predicate !== 'CITIZEN_OF' && spec.predicate !== 'PRESIDENT_OF'
              ? spec.predicate
              : 'WORKS_FOR';
        if (isPerson(person))
          push(
            person.key,
            predicate,
            org.key,
            person.from,
            k + 1,
            k,
            'frame-organization-staff',
            0.65,
            false,
          );
      }
    }
    // "the Revolutionary Court, presided over by Judge X,": X sits on the court
    if (w === 'presided' && toks[k + 1]?.lower === 'over' && toks[k + 2]?.lower === 'by') {
      // (the title "Judge" is not part of the name's mention)
      const judge = view.keyed.find((x) => x.from >= k + 3 && x.from <= k + 5);
      const court = view.mentionEndingAt(toks[k - 1]?.text === ',' ? k - 2 : k - 1);
      if (isPerson(judge) && court?.key && view.typeOf(court.key) === 'Court')
        push(
          judge.key,
          'JUDGE_OF',
          court.key,
          court.from,
          judge.to,
          k,
          'frame-presided-over',
          0.75,
          false,
        );
    }
    if (w === 'based' && /^[-–]$/.test(toks[k - 1]?.text ?? '')) {
      // "the Macon-based Acme Corp.", "a Lima-based rights group, X"
      const place = view.mentionAt(k - 2);
      // "Acme Corp., a Macon-based firm": the name before the apposition
      let d = place ? place.from - 1 : -1;
      while (d >= 0 && toks[d]!.pos === 'ADJ' && !view.mentionAt(d)) d--;
      const named =
        /^(a|an|the)$/.test(toks[d]?.lower ?? '') && toks[d - 1]?.text === ','
          ? view.mentionEndingAt(d - 2)
          : undefined;
      const nt = named?.key ? view.typeOf(named.key) : undefined;
      if (
        isPlace(place) &&
        place.to === k - 1 &&
        named?.key &&
        named.kind !== 'pronoun' &&
        nt &&
        // (a state body is based in a town, never "in" its own state)
        (/^(Organization|CriminalOrganization|Court|Prison)$/.test(nt) ||
          (nt === 'Government' && view.typeOf(place.key!) === 'Place')) &&
        /^(NOUN|ADJ)$/.test(toks[k + 1]?.pos ?? '')
      )
        push(
          named.key,
          'LOCATED_IN',
          place.key,
          named.from,
          k + 2,
          k,
          'frame-place-based-apposition',
          0.7,
          false,
          true,
        );
      let j = k + 1;
      while (j < toks.length && /^(ADJ|NOUN)$/.test(toks[j]!.pos) && !view.mentionAt(j)) j++;
      if (toks[j]?.text === ',' && j > k + 1) j++;
      const org = view.mentionAt(j);
      const ot = org?.key ? view.typeOf(org.key) : undefined;
      if (
        isPlace(place) &&
        place.to === k - 1 &&
        org?.key &&
        org.from === j &&
        ot &&
        /^(Organization|CriminalOrganization|Court|Prison)$/.test(ot)
      )
        push(
          org.key,
          'LOCATED_IN',
          place.key,
          place.from,
          org.to,
          k,
          'frame-place-based',
          0.7,
          false,
          true,
        );
    }
    if (DETAINED_HEADS.test(w)) heldGroup(k);
    const next = toks[k + 1]?.lower;
    if (/^(order|orders|injunction|ruling|judgment|judgement)$/.test(w) && next === 'against') {
      const agent = agentOf(k);
      const target = after(k + 1, 5);
      push(
        keyOf(agent),
        'ISSUED_ORDER_AGAINST',
        keyOf(target),
        Math.min(agent?.from ?? k, k),
        target?.to ?? k + 2,
        k,
        'frame-order-against',
        0.75,
      );
    } else if (/^(use|invocation|application)$/.test(w) && next === 'of') {
      const law = after(k + 1, 3);
      const agent = agentOf(k);
      if (law?.key && view.typeOf(law.key) === 'Law')
        push(
          keyOf(agent),
          'INVOKED',
          law.key,
          Math.min(agent?.from ?? k, k),
          law.to,
          k,
          'frame-use-of',
          0.7,
        );
    } else if (/^(members?|membership)$/.test(w) && (next === 'of' || next === 'in')) {
      const org = after(k + 1, 6);
      const own = view.mentionAt(k);
      const holder = own && own.key ? own : w === 'membership' ? agentOf(k) : undefined;
      if (holder && org && own !== org)
        push(
          keyOf(holder),
          'MEMBER_OF',
          keyOf(org),
          Math.min(holder.from, k),
          org.to,
          k,
          'frame-member-of',
          0.7,
          false,
        );
    } else if (
      /^(killing|killings|murder|murders|assassination|slaying|slayings)$/.test(w) &&
      next === 'of' &&
      killingAgentVerb(k)
    ) {
      // "ordered the killing of a rival gang leader, X"
      let victim = after(k + 1, 3);
      if (!victim && toks.slice(k + 2, k + 8).some((t) => t.text === ',')) {
        const comma = toks.findIndex((t, i) => i > k + 1 && t.text === ',');
        victim = view.mentionAt(comma + 1);
      }
      const agent = agentOf(k);
      if (victim?.key && agent?.key && view.typeOf(victim.key) === 'Person')
        push(
          agent.key,
          'KILLED',
          victim.key,
          Math.min(agent.from, k),
          victim.to,
          k,
          'frame-killing-of',
          0.6,
        );
    } else if (w === 'where') {
      // "the X Penitentiary (Compaj), where Barbosa had spent eight years": held there
      let j = k - 1;
      if (toks[j]?.text === ',') j--;
      if (toks[j]?.text === ')') {
        while (j >= 0 && toks[j]!.text !== '(') j--;
        j--;
      }
      let prison = view.mentionAt(j);
      // "inside X jail in the garrison city of Y, where …": the jail, not the city
      if (prison?.key && /^(Place|Country)$/.test(view.typeOf(prison.key) ?? '')) {
        let p = prison.from - 1;
        while (
          p > prison.from - 6 &&
          !view.mentionAt(p) &&
          /^(DET|ADJ|NOUN|ADP)$/.test(toks[p]?.pos ?? '') &&
          toks[p]!.lower !== 'in'
        )
          p--;
        prison = toks[p]?.lower === 'in' ? view.mentionEndingAt(p - 1) : undefined;
      }
      if (!prison?.key || view.typeOf(prison.key) !== 'Prison') continue;
      for (let v = k + 1; v < Math.min(toks.length, k + 7); v++) {
        const verb = toks[v]!;
        if (verb.pos !== 'VERB') continue;
        if (
          !/^(spend|serve|hold|keep|detain|remain|stay|live|imprison|jail|confine)$/.test(
            verb.lemma,
          )
        )
          break;
        const held = view.mentionsIn(k + 1, v).find((m) => !view.inPP(m));
        if (held?.key && /^(Person|Group)$/.test(view.typeOf(held.key) ?? ''))
          push(
            held.key,
            'HELD_IN',
            prison.key,
            prison.from,
            v + 1,
            k,
            'frame-where-held',
            0.6,
            false,
          );
        break;
      }
    } else if (/^(cell|cells)$/.test(w) && (next === 'in' || next === 'at')) {
      // "from his cell in the Litoral Penitentiary": the possessor is held there
      const owner = view.mentionAt(k - 1);
      const where = after(k + 1, 3);
      const wt = where?.key ? view.typeOf(where.key) : undefined;
      if (
        owner?.kind === 'pronoun' &&
        owner.key &&
        where?.key &&
        (wt === 'Prison' || wt === 'Place')
      ) {
        push(owner.key, 'HELD_IN', where.key, owner.from, where.to, k, 'frame-cell-in', 0.6, false);
        // "his cell in X" presupposes the detention: a speech frame around it does not claim it
        if (out.at(-1)?.rule === 'frame-cell-in') out.at(-1)!.static = true;
      }
    } else if (
      /^(deal|agreement|pact|accord|treaty)$/.test(w) &&
      /^(signed|reached|struck|agreed|concluded)$/.test(next ?? '') &&
      toks[k + 2]?.lower === 'by'
    ) {
      // "an agreement signed by Chile and Colombia"
      const a = after(k + 2, 3);
      const andAt = a ? a.to : -1;
      const b = a && toks[andAt]?.lower === 'and' ? after(andAt, 3) : undefined;
      if (a?.key && b?.key)
        push(a.key, 'AGREEMENT_WITH', b.key, k, b.to, k, 'frame-agreement-by', 0.65);
    } else if (/^(deal|agreement|pact|accord)$/.test(w) && next === 'with') {
      const other = after(k + 1, 3);
      const agent = agentOf(k);
      const type = agent?.key ? view.typeOf(agent.key) : undefined;
      if (type && /^(Country|Government|Person|Organization)$/.test(type))
        push(
          keyOf(agent),
          'AGREEMENT_WITH',
          keyOf(other),
          Math.min(agent!.from, k),
          other?.to ?? k,
          k,
          'frame-deal-with',
          0.65,
        );
    } else if (/^(payment|payments|money|funds|cash)$/.test(w) && next === 'from') {
      const payer = after(k + 1, 3);
      const payee = agentOf(k);
      const type = payee?.key ? view.typeOf(payee.key) : undefined;
      if (type && type !== 'Group')
        push(
          keyOf(payer),
          'PAID',
          keyOf(payee),
          Math.min(payee!.from, k),
          payer?.to ?? k,
          k,
          'frame-payment-from',
          0.6,
        );
    } else if (w === 'sanctions' && view.mentionEndingAt(k - 1)?.key) {
      // "X was placed under European Union sanctions": the body named before the noun imposed
      // them on the clause's subject
      const imposer = view.mentionEndingAt(k - 1)!;
      let u = imposer.from - 1;
      if (toks[u]?.lower === 'the') u--;
      if (toks[u]?.lower !== 'under') continue;
      const verb = toks.findLastIndex((t, i) => i < u && t.pos === 'VERB');
      const target = verb >= 0 ? subjectOf(view, verb).mention : undefined;
      if (target && target !== imposer)
        push(
          keyOf(imposer),
          'SANCTIONED',
          keyOf(target),
          Math.min(target.from, imposer.from),
          k + 1,
          k,
          'frame-under-sanctions',
          0.65,
        );
    } else if (w === 'asylum' && granting(k) >= 0) {
      // "Lithuania granted asylum to X", "X was granted political asylum in Lithuania"
      const v = granting(k);
      const passive = toks[v - 1]?.lemma === 'be';
      const host = passive
        ? toks[k + 1]?.lower === 'in'
          ? after(k + 1, 2)
          : undefined
        : subjectOf(view, v).mention;
      const guest = passive
        ? subjectOf(view, v).mention
        : next === 'to'
          ? after(k + 1, 3)
          : view.mentionAt(v + 1);
      if (host?.key && /^(Country|Government)$/.test(view.typeOf(host.key) ?? ''))
        push(
          keyOf(host),
          'RECEIVED',
          keyOf(guest),
          Math.min(host.from, guest?.from ?? v, v),
          Math.max(host.to, guest?.to ?? k + 1, k + 1),
          v,
          'frame-asylum',
          0.65,
        );
    } else if (w === 'assets' && frozen(k) !== undefined) {
      // "froze the assets of X", "froze X's assets" (the verb may open the sentence: index 0)
      const v = frozen(k)!;
      const target =
        next === 'of'
          ? after(k, 4)
          : toks[k - 1]?.text.match(/^['’]s$/)
            ? view.mentionAt(k - 2)
            : undefined;
      if (modifiesNoun(target)) continue;
      push(
        keyOf(subjectOf(view, v).mention),
        'SANCTIONED',
        keyOf(target),
        v,
        Math.max(target?.to ?? k + 1, k + 1),
        k,
        'frame-assets-frozen',
        0.65,
      );
    } else if (
      /^(sanctions?|ban|freeze|embargo)$/.test(w) &&
      (next === 'on' || next === 'against') &&
      !undone(k)
    ) {
      const target = after(k + 1, 4);
      if (modifiesNoun(target)) continue;
      push(
        keyOf(agentOf(k)),
        'SANCTIONED',
        keyOf(target),
        k,
        target?.to ?? k + 2,
        k,
        'frame-sanctions-on',
        0.7,
      );
    } else if (
      /^(deportation|expulsion|removal|extradition|transfer|transfers|relocation)$/.test(w) &&
      next === 'of'
    ) {
      const who = after(k + 1, 4);
      if (!who || blockedRemoval(k)) continue;
      // "the transfer of 340 prisoners convicted of drug trafficking to …": step over a
      // participle phrase on the group
      let toAt = toks.findIndex((t, i) => i >= who.to && i <= who.to + 1 && t.lower === 'to');
      if (toAt < 0 && toks[who.to]?.pos === 'VERB' && /(ed|en)$/.test(toks[who.to]!.lower)) {
        for (let j = who.to + 1; j < Math.min(toks.length, who.to + 8); j++) {
          if (view.isBoundary(j) || toks[j]!.text === ',' || view.mentionAt(j)) break;
          if (toks[j]!.lower === 'to' && toks[j + 1]?.pos !== 'VERB') {
            toAt = j;
            break;
          }
        }
      }
      if (toAt < 0) continue;
      const where = after(toAt, 4);
      const predicate: Predicate =
        w === 'extradition'
          ? 'EXTRADITED_TO'
          : /^(transfers?|relocation)$/.test(w)
            ? 'TRANSFERRED_TO'
            : 'DEPORTED_TO';
      push(keyOf(who), predicate, keyOf(where), k, where?.to ?? k, k, 'frame-deportation-of', 0.7);
    }
  }
  return out;
}
