import type { EntityType, Predicate } from '@news-kg/schema';
import { allowsType } from '@news-kg/schema';
import type { MentionRec } from '../model';
import { isSpeechLemma } from '../claims/cues';
import { COMPASS_WORDS } from '../lexicon/compass';
import { matchRole } from '../lexicon/roles';
import { typeFromContextNoun } from '../mentions/cue-words';
import { PREPOSITIONS, type SentenceView } from './sentence-view';
import { startsLower } from '../nlp/letters';

export interface Args {
  direct?: MentionRec;
  /** An unnamed direct object ("an emergency order"). */
  directNoun?: number;
  pps: { prep: string; mention: MentionRec; at: number }[];
  end: number;
}

export function isParticiple(view: SentenceView, k: number): boolean {
  const t = view.toks[k]!;
  if (t.pos !== 'VERB') return false;
  if (/ing$/.test(t.lower)) return false;
  // "held", "sent", "taken", "linked"; not "hold" or "holds"
  return (t.lower !== t.lemma && !/[^s]s$/.test(t.lower)) || /(ed|en)$/.test(t.lower);
}

/** The verb is passive: a form of "be"/"get" before it and a participle. */
export function isPassive(view: SentenceView, v: number, depth = 0): boolean {
  if (!isParticiple(view, v)) return false;
  for (let k = v - 1; k >= Math.max(0, v - 4); k--) {
    const t = view.toks[k]!;
    if (t.lemma === 'be' || t.lemma === 'get') return true;
    // "was flown out of Russia and handed over to …": a participle coordinated with a passive one
    if ((t.lower === 'and' || t.lower === 'or') && depth === 0) {
      for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
        const u = view.toks[j]!;
        if (view.isBoundary(j) || u.text === ',') return false;
        if (u.pos === 'VERB' && !view.mentionAt(j)) return isPassive(view, j, depth + 1);
      }
      return false;
    }
    if (t.pos !== 'ADV' && t.pos !== 'PART' && t.pos !== 'AUX') return false;
  }
  return false;
}

/** "deportees sent to …", "people … allegedly linked to …": a participle right after its noun. */
export function reducedRelativeHead(view: SentenceView, v: number): MentionRec | undefined {
  if (!isParticiple(view, v)) return undefined;
  let k = v - 1;
  while (k >= 0 && view.toks[k]!.pos === 'ADV') k--;
  // "Acme Corp., based in Y, …": the locating participles also open a comma apposition
  if (view.toks[k]?.text === ',' && /^(based|located|headquartered)$/.test(view.toks[v]!.lower))
    k--;
  const m = view.mentionAt(k);
  if (!m || !m.key || m.to !== k + 1) return undefined;
  const next = view.toks[v + 1];
  if (!next || (!PREPOSITIONS.has(next.lower) && next.pos !== 'ADV')) return undefined;
  // ("Police detained at least 40 people": a count, not "people detained at X")
  if (next.lower === 'at' && /^(least|most)$/.test(view.toks[v + 2]?.lower ?? '')) return undefined;
  // "… people from the United States allegedly linked": the participle modifies the noun the PP hangs on.
  let head = m;
  while (view.inPP(head)) {
    const before = view.keyed.filter((x) => x.to <= head.from - 1).sort((a, b) => b.to - a.to)[0];
    if (!before || head.from - before.to > 2) break;
    head = before;
  }
  return head;
}

/**
 * "The gang, led by X, …", "Ruiz, arrested by police in May, …": a participle after a comma
 * with its agent after "by" describes the name before the comma, its patient.
 */
export function commaParticipleHead(view: SentenceView, v: number): MentionRec | undefined {
  if (!isParticiple(view, v) || view.toks[v + 1]?.lower !== 'by') return undefined;
  // "X, the Madrid lawyer retained by Y, …": the participle on an apposition's noun
  if (view.toks[v - 1]?.pos === 'NOUN' && startsLower(view.toks[v - 1]!.text)) {
    let d = v - 2;
    while (d > 0 && /^(NOUN|ADJ|PROPN)$/.test(view.toks[d]!.pos)) d--;
    if (!/^(a|an|the)$/.test(view.toks[d]?.lower ?? '') || view.toks[d - 1]?.text !== ',')
      return undefined;
    const named = view.mentionEndingAt(d - 2);
    return named?.key ? named : undefined;
  }
  if (view.toks[v - 1]?.text !== ',') return undefined;
  // ("the Zafiros cartel, led by …": the kind noun after the name)
  const m =
    view.mentionEndingAt(v - 2) ??
    (view.toks[v - 2]?.pos === 'NOUN' ? view.mentionEndingAt(v - 3) : undefined);
  return m?.key ? m : undefined;
}

/** Subject of the verb at v: nearest mention before it in its clause that is not inside a PP. */
export function subjectOf(
  view: SentenceView,
  v: number,
  fits?: (type: EntityType) => boolean,
): { mention?: MentionRec; relativeObject?: MentionRec; outer?: boolean } {
  const start = view.clauseStart(v);
  // "RSF, the Paris-based watchdog, said …": a place inside "X-based" is a modifier
  const inClause = view.mentionsIn(start, v).filter(
    (m) =>
      !view.inPP(m) &&
      !view.isPossessor(m) &&
      !basedModifier(view, m) &&
      // "… Social Studies (ISS), was arrested": a bracketed acronym repeats a name
      !(view.toks[m.from - 1]?.text === '(' && view.toks[m.to]?.text === ')'),
  );
  // A speech verb between the candidate and v ("that the White House claims were …"): the candidate is a speaker.
  const speech = lastSpeechVerb(view, start, v);
  const spoken = speech >= 0 ? inClause.filter((m) => m.from > speech) : inClause;
  // "X, a Jordanian immigrant, was …": a demonym used as an adjective is not the subject
  // ("X, one of his lawyers, said …": nor the group X belongs to)
  const nominal = spoken.filter(
    (m) => !adjectivalDemonym(view, m) && !partitiveApposition(view, m),
  );
  // ("A Peruvian judge approved …, rejecting …": the judge, not Peru, is the subject)
  const candidates = nominal.length
    ? nominal
    : spoken.filter((m) => !(adjectivalDemonym(view, m) && describesPerson(view, m.to)));
  const opener = view.toks[start - 1];
  const found =
    opener && /^(which|that|whom|who)$/.test(opener.lower)
      ? antecedent(view, start - 1)
      : undefined;
  // ("had told the trial that X paid Y": after a verb of telling, "that" opens what was told)
  const relative = found && opener!.lower === 'that' && toldBefore(view, found) ? undefined : found;
  // "The prisoners, who were taken from jails in X, were flown …", "The party, which X
  // founded, called …": the names in the relative clause belong to its own verb; v, after
  // the closing comma, is the outer verb.
  // ("X, a rights group that …, called …": a relative on an apposition's noun is as closed)
  const described = !!relative && relative.to < start - 1 && view.toks[start - 2]?.text !== ',';
  if (
    relative &&
    ((opener!.lower !== 'that' && view.toks[start - 2]?.text === ',') || described) &&
    closesWithComma(view, v) &&
    candidates.length &&
    view.toks.slice(start, v).some((t) => t.pos === 'VERB')
  )
    return { mention: relative, outer: true };
  // "Ruiz, whose lawyers failed to file in time, was remanded …": the verb after the
  // clause's closing comma belongs to the person "whose" refers to
  // ("X, on whose platform Y was elected, said …": a preposition before "whose")
  const comma = view.toks[start - 2]?.pos === 'ADP' ? start - 3 : start - 2;
  if (
    opener?.lower === 'whose' &&
    view.toks[comma]?.text === ',' &&
    closesWithComma(view, v) &&
    view.toks.slice(start, v).some((t) => t.pos === 'VERB')
  ) {
    const owner = antecedent(view, comma + 1);
    if (owner?.key && (!fits || fits(view.typeOf(owner.key) ?? 'Place')))
      return { mention: owner, outer: true };
  }
  if (candidates.length) {
    const pick = [...candidates]
      .reverse()
      .find((m) => !fits || fits(view.typeOf(m.key!) ?? 'Place'));
    // "The ruling comes …, and opposition parties have accused …": an unnamed noun phrase
    // right before the verb is its subject, and the name further back belongs to another verb
    if (pick && !relative && unnamedSubjectBefore(view, pick, v)) return {};
    if (relative && opener!.lower !== 'who' && pick)
      return { mention: pick, relativeObject: relative };
    if (pick) return { mention: pick };
  }
  if (relative) {
    // "none of the 919 Venezuelans who have returned … belong to X": the relative clause
    // has its own verb, so v is the verb of the clause around it.
    const innerVerb = view.toks
      .slice(start, v)
      .some((t) => t.pos === 'VERB' && !isSpeechLemma(t.lemma));
    return innerVerb && speech < 0 ? { mention: relative, outer: true } : { mention: relative };
  }
  return {};
}

/** `m` is the group of "X, one of (his) M," standing in apposition to the name X before it. */
function partitiveApposition(view: SentenceView, m: MentionRec): boolean {
  const toks = view.toks;
  let j = m.from;
  if (/^(the|his|her|their|its)$/.test(toks[j]?.lower ?? '')) j++;
  if (/^(the|his|her|their|its)$/.test(toks[j - 1]?.lower ?? '')) j--;
  return (
    toks[j - 1]?.lower === 'of' &&
    toks[j - 2]?.lower === 'one' &&
    toks[j - 3]?.text === ',' &&
    !!view.mentionEndingAt(j - 4)
  );
}

/** The word before the verb at v, past its auxiliaries and adverbs ("and" in "and then said"). */
export function prevWord(view: SentenceView, v: number): string {
  let k = v - 1;
  while (k >= 0 && (view.toks[k]!.pos === 'ADV' || view.toks[k]!.pos === 'AUX')) k--;
  return view.toks[k]?.lower ?? '';
}

/**
 * The subject of the verb at v, or for "X accused Y of using Z and called …" the subject of
 * the finite verb it is coordinated with: the nearest name before "and" is that verb's object.
 */
export function sharedSubject(
  view: SentenceView,
  v: number,
  fits?: (type: EntityType) => boolean,
): MentionRec | undefined {
  const found = subjectOf(view, v, fits).mention;
  if (!/^(and|or)$/.test(prevWord(view, v))) return found;
  const toks = view.toks;
  // (back across quote marks and commas, which end no clause of coordinated verbs)
  for (let u = v - 2; u >= 0; u--) {
    const t = toks[u]!;
    if (view.isBoundary(u) && !/^["“”',]$/.test(t.text)) break;
    // ("to hunt down", "of using": not finite, so not the coordinated verb)
    // (also 'to "hunt down"', with the quote mark between)
    const before = /^["“”']$/.test(toks[u - 1]?.text ?? '') ? toks[u - 2] : toks[u - 1];
    if (t.pos !== 'VERB' || /ing$/.test(t.lower) || before?.lower === 'to') continue;
    // ("said that X had been dismissed and denied …": the passive is not the one coordinated)
    if (isPassive(view, u)) break;
    // ("Its secretary general, Grace Mwale, accused …": the name closing an apposition)
    const first =
      subjectOf(view, u, fits).mention ??
      (closesWithComma(view, u) ? view.mentionEndingAt(view.clauseStart(u) - 2) : undefined);
    if (first && first.to <= u && (!found || found.from > u)) return first;
    break;
  }
  return found;
}

/** Verbs that take a hearer and then a that-clause: "told the court that …". */
const TELLING = new Set([
  'tell',
  'inform',
  'assure',
  'warn',
  'remind',
  'notify',
  'convince',
  'persuade',
]);

/** Is the mention the hearer of a verb of telling right before it ("told the trial")? */
function toldBefore(view: SentenceView, m: MentionRec): boolean {
  let k = m.from - 1;
  while (k >= 0 && /^(DET|ADJ)$/.test(view.toks[k]!.pos)) k--;
  const verb = view.toks[k];
  return !!verb && verb.pos === 'VERB' && TELLING.has(verb.lemma);
}

/**
 * A plural common noun in no mention right before v (past auxiliaries), opening a clause
 * coordinated after another verb's.
 */
function unnamedSubjectBefore(view: SentenceView, pick: MentionRec, v: number): boolean {
  const toks = view.toks;
  let k = v - 1;
  while (k > pick.to && /^(AUX|ADV|PART)$/.test(toks[k]!.pos)) k--;
  const noun = toks[k];
  if (!noun || noun.pos !== 'NOUN' || !/s$/.test(noun.lower) || view.mentionAt(k)) return false;
  // the noun phrase opens a clause of its own: "…, and opposition parties have …"
  let j = k - 1;
  while (j > pick.to && /^(ADJ|NOUN|DET)$/.test(toks[j]!.pos) && !view.mentionAt(j)) j--;
  if (!/^(and|but)$/.test(toks[j]?.lower ?? '')) return false;
  return toks.slice(pick.to, j).some((t) => t.pos === 'VERB' && !/ing$/.test(t.lower));
}

/** The verb at v follows a comma, with only auxiliaries and adverbs between. */
function closesWithComma(view: SentenceView, v: number): boolean {
  let k = v - 1;
  while (k >= 0 && /^(AUX|ADV|PART)$/.test(view.toks[k]!.pos)) k--;
  return view.toks[k]?.text === ',';
}

function lastSpeechVerb(view: SentenceView, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const t = view.toks[k]!;
    if (t.pos === 'VERB' && isSpeechLemma(t.lemma)) return k;
  }
  return -1;
}

/** The mention a relative pronoun at k refers to ("the Black Hand cartel, which …", "people that …"). */
export function antecedent(view: SentenceView, k: number): MentionRec | undefined {
  let j = k - 1;
  if (view.toks[j]?.text === ',') j--;
  // "Ann Lee, 68, who …": step over the age
  if (
    view.toks[j]?.pos === 'NUM' &&
    view.toks[j - 1]?.text === ',' &&
    view.toks[k]?.lower === 'who'
  )
    j -= 2;
  // "the law, which X approved and which Y signed": the second relative shares the first's head
  if (/^(and|or)$/.test(view.toks[j]?.lower ?? '')) {
    const word = view.toks[k]!.lower;
    for (let p = j - 1; p >= 0; p--) {
      if (view.toks[p]!.lower === word) return p === k ? undefined : antecedent(view, p);
    }
    return undefined;
  }
  // "the Black Hand cartel, which …": step over a cue noun after the name
  const nounEnd = j;
  for (let hops = 0; hops < 2 && view.toks[j]?.pos === 'NOUN' && !view.mentionAt(j); hops++) j--;
  // "the Civic Renewal Party (CRP), which …": the name before its acronym
  const m = view.mentionEndingAt(j);
  // "X, a Lagos rights group that …": the place only says where the described body is
  if (
    j < nounEnd &&
    m?.key &&
    /^(Place|Country)$/.test(view.typeOf(m.key) ?? '') &&
    /^(a|an)$/.test(view.toks[m.from - 1]?.lower ?? '')
  )
    return describedName(view, nounEnd, describes(view, k, nounEnd));
  if (m && m.key) {
    // "Judge Ann Lee in Manhattan, who …", "Judge Ann Lee of the City Court, who …": "who" is
    // the person, not the place or body after the preposition
    if (
      view.toks[k]?.lower === 'who' &&
      view.typeOf(m.key) !== 'Person' &&
      view.typeOf(m.key) !== 'Group'
    ) {
      let p = m.from - 1;
      if (view.toks[p]?.pos === 'DET') p--;
      const person = /^(in|of|from|at)$/.test(view.toks[p]?.lower ?? '')
        ? view.mentionAt(p - 1)
        : undefined;
      if (person?.key && person.to === p && /^(Person|Group)$/.test(view.typeOf(person.key) ?? ''))
        return person;
    }
    return m;
  }
  return describedName(view, nounEnd, describes(view, k, nounEnd));
}

/**
 * Which names the noun before a relative pronoun can describe: "who"/"whom" a person;
 * otherwise ("X, a charge that …" describes the clause, not X) only a noun for a kind of body.
 */
function describes(view: SentenceView, k: number, noun: number): (type: EntityType) => boolean {
  if (/^(who|whom)$/.test(view.toks[k]?.lower ?? '')) return (t) => t === 'Person';
  return bodyOfKind(view.toks[noun]?.lemma ?? '');
}

/** Which names a body noun can describe: "a rights group" may be a commission the name typed as state. */
function bodyOfKind(lemma: string): (type: EntityType) => boolean {
  const kind = typeFromContextNoun(lemma);
  if (!kind || kind === 'Place') return () => false;
  if (kind === 'Organization')
    return (t) => /^(Organization|Government|CriminalOrganization)$/.test(t);
  return (t) => t === kind;
}

/**
 * "X was the man who …", "X, a former actor who …", "X, a Lagos rights group that …": the
 * noun phrase before the relative pronoun describes the name before a copula or a comma.
 */
function describedName(
  view: SentenceView,
  j: number,
  fits: (type: EntityType) => boolean,
): MentionRec | undefined {
  const toks = view.toks;
  // (an unresolved description such as "the prosecutor" is no name)
  if (toks[j]?.pos !== 'NOUN' || view.mentionAt(j)?.key) return undefined;
  // (a place inside the description only modifies it: "a Lagos rights group")
  const modifier = (x: number): boolean => {
    const at = view.mentionAt(x);
    return !at?.key || /^(Place|Country)$/.test(view.typeOf(at.key) ?? '');
  };
  let i = j;
  while (i > 0 && /^(NOUN|ADJ|ADV|PROPN)$/.test(toks[i - 1]!.pos) && modifier(i - 1)) i--;
  if (toks[i - 1]?.pos !== 'DET' || !/^(the|a|an)$/.test(toks[i - 1]!.lower)) return undefined;
  i--;
  let m: MentionRec | undefined;
  if (toks[i - 1]?.text === ',') m = view.mentionAt(i - 2);
  else if (toks[i - 1]?.lemma === 'be' && toks[i - 2]?.lower !== 'not') {
    m = view.mentionAt(i - 2);
  }
  return m?.key && fits(view.typeOf(m.key) ?? 'Place') ? m : undefined;
}

/** Direct object and prepositional objects after the verb at v, up to the clause end or the next verb. */
export function argsAfter(view: SentenceView, v: number): Args {
  const args: Args = { pps: [], end: v + 1 };
  let prep: string | undefined;
  let k = v + 1;
  const n = view.toks.length;
  while (k < n) {
    const t = view.toks[k]!;
    if (t.text === ',' && args.direct && args.end === k) {
      // "extradited X, the alleged leader of Y, to Z": step over the apposition.
      let j = k + 1;
      while (
        j < n &&
        j < k + 18 &&
        view.toks[j]!.text !== ',' &&
        (!view.isBoundary(j) || /^[()]$/.test(view.toks[j]!.text)) &&
        view.toks[j]!.pos !== 'VERB'
      )
        j++;
      if (
        view.toks[j]?.text === ',' &&
        PREPOSITIONS.has(view.toks[j + 1]?.lower ?? '') &&
        view.toks[j + 1]!.lower !== 'of'
      ) {
        k = j + 1;
        continue;
      }
    }
    // "arrested the governor of North Maluku, Abdul Kasuba,", "sentenced the company
    // director, Tom Lee,": the name in apposition to the role noun is the object
    if (
      t.text === ',' &&
      !args.direct &&
      args.directNoun !== undefined &&
      (matchRole(view.lowers, args.directNoun) ||
        (k - args.directNoun <= 3 && matchRole(view.lowers, k - 1)))
    ) {
      const named = view.mentionAt(k + 1);
      if (named?.key && named.from === k + 1 && view.typeOf(named.key) === 'Person') {
        args.direct = named;
        args.directNoun = undefined;
        k = named.to;
        args.end = k;
        continue;
      }
    }
    // "2 million pesos ($34,000) from X": a bracketed amount is no boundary
    if (t.text === '(') {
      let close = k + 1;
      while (close < k + 6 && close < n && view.toks[close]!.text !== ')') close++;
      if (view.toks[close]?.text !== ')') close = -1;
      if (
        close > 0 &&
        view.toks.slice(k + 1, close).every((x) => /^(NUM|SYM|PUNCT)$/.test(x.pos))
      ) {
        k = close + 1;
        continue;
      }
    }
    // "from jails in Jakarta, Medan and Batam": a list keeps the preposition across commas
    const last = args.pps.at(-1);
    if (t.text === ',' && last && last.mention.to === k && listContinues(view, k, last.mention)) {
      prep = last.prep;
      k++;
      continue;
    }
    if (view.isBoundary(k) || t.text === ',') break;
    if (t.pos === 'VERB' && !view.mentionAt(k)) {
      if (k === v + 1 && isParticiple(view, k)) break;
      break;
    }
    if (t.lower === 'and' && view.toks[k + 1]?.pos === 'VERB') break;
    const m = view.mentionAt(k);
    if (m) {
      // "to US officials", "by Mexican police": a name right after the preposition's object
      // continues it, and keeps the preposition
      const last = args.pps.at(-1);
      if (!prep && last && last.mention.to === k && last.mention.kind === 'demonym')
        prep = last.prep;
      if (prep) {
        const possessed = /^['’]s$/.test(view.toks[m.to]?.text ?? '')
          ? view.mentionAt(m.to + 1)
          : undefined;
        if (possessed?.key && possessed.from === m.to + 1) {
          // "allied with Mexico's Sinaloa Cartel": the object is the possessed name
          k = m.to + 1;
          continue;
        }
        // "held at Vardo prison in northern Tehran": a place phrase right after a named
        // prison or court belongs to that name (LOCATED_IN), not to the verb
        const prevPP = args.pps.at(-1);
        const onName =
          /^(in|near|outside)$/.test(prep) &&
          prevPP?.mention.kind === 'name' &&
          /^(Prison|Court)$/.test(view.typeOf(prevPP.mention.key ?? '') ?? '') &&
          view.toks
            .slice(prevPP.mention.to, k)
            .every((x) => /^(in|near|outside|the)$/.test(x.lower) || COMPASS_WORDS.test(x.lower));
        // "detained X at his home in Y": the place belongs to the home, not to the verb
        const ofHome =
          prep === 'in' &&
          /^(home|house|residence|apartment|flat|farmhouse|office|hotel)$/.test(
            view.toks[k - 2]?.lower ?? '',
          );
        if ((m.key || m.kind === 'description') && !onName && !ofHome)
          args.pps.push({ prep, mention: m, at: k });
      } else if (!args.direct && args.directNoun === undefined) {
        // "murdering Dayton newspaper reporter Ann Lee": the name after the nouns is the head
        let h = m.to;
        while (h < n && h < m.to + 4 && view.toks[h]!.pos === 'NOUN' && !view.mentionAt(h)) h++;
        const head = h > m.to ? view.mentionAt(h) : undefined;
        if (
          head?.key &&
          head.from === h &&
          view.typeOf(head.key) === 'Person' &&
          (!m.key || view.typeOf(m.key) !== 'Person')
        ) {
          k = h;
          continue;
        }
        // "detained 300 Unity Party members": the body modifies the group after it
        const group = view.mentionAt(m.to);
        if (group?.key && group.from === m.to && group.kind === 'group') {
          k = m.to;
          continue;
        }
        // "a US claim", "Trump's use": the mention modifies the real head noun.
        const after = view.toks[m.to];
        const cueNoun = after?.pos === 'NOUN' && !!typeFromContextNoun(after.lemma);
        // ("Lomba Holdings' managing director": a plural name's bare apostrophe)
        const possessive = !!after && /^['’]s?$/.test(after.text);
        if (after && !cueNoun && (after.pos === 'NOUN' || possessive) && !view.mentionAt(m.to)) {
          let h = m.to;
          while (
            h < n &&
            (view.toks[h]!.pos === 'NOUN' ||
              view.toks[h]!.pos === 'PART' ||
              (h === m.to && possessive) ||
              (possessive && view.toks[h]!.pos === 'ADJ')) &&
            !view.mentionAt(h)
          )
            h++;
          args.directNoun = h - 1;
          k = h;
          args.end = k;
          prep = undefined;
          continue;
        }
        args.direct = m;
      }
      // "in Jalisco and Zacatecas": the conjunct keeps the preposition
      const conj = view.toks[m.to];
      prep =
        conj &&
        /^(and|or)$/.test(conj.lower) &&
        prep &&
        view.mentionAt(m.to + 1 + (view.toks[m.to + 1]?.lower === 'the' ? 1 : 0))
          ? prep
          : undefined;
      k = m.to;
      args.end = k;
      continue;
    }
    if (PREPOSITIONS.has(t.lower) && (t.pos === 'ADP' || t.pos === 'SCONJ' || t.lower === 'to')) {
      if (t.lower === 'to' && view.toks[k + 1]?.pos === 'VERB') break;
      // "detained shortly after landing at X": what follows belongs to the gerund
      const next = view.toks[k + 1];
      if (
        /^(after|before|while|since|upon|on|without)$/.test(t.lower) &&
        next &&
        /^(VERB|NOUN)$/.test(next.pos) &&
        /ing$/.test(next.lower) &&
        !view.mentionAt(k + 1)
      )
        break;
      // "in the northern city of X" keeps "in"
      const placeNoun =
        /^(city|cities|town|towns|village|province|provinces|state|states|region|regions|port|capital|district|municipality)$/.test(
          view.toks[k - 1]?.lower ?? '',
        );
      if (!(t.lower === 'of' && prep && placeNoun)) prep = t.lower;
    } else if (t.pos === 'NOUN' && !prep && !args.direct && args.directNoun === undefined) {
      // "sentenced opposition activist X": the nouns are X's role, X is the object
      let j = k;
      // ("the election-monitoring organisation X": hyphens inside the modifiers)
      while (
        j < k + 5 &&
        (/^(NOUN|ADJ)$/.test(view.toks[j]?.pos ?? '') || /^[-‐]$/.test(view.toks[j]?.text ?? '')) &&
        !view.mentionAt(j)
      )
        j++;
      const named = view.mentionAt(j);
      // ("charged three police officers": the noun modifies the group's head)
      const namedType = named?.key && named.from === j ? view.typeOf(named.key) : undefined;
      const roleOfName = !!namedType && /^(Person|Group)$/.test(namedType) && startsLower(t.text);
      // "heads the election-monitoring organisation X", "joined the rebel group X": a kind noun
      // before a body's name
      const kindOfName =
        !!namedType &&
        j > k &&
        /^(Organization|CriminalOrganization)$/.test(namedType) &&
        /^(Organization|CriminalOrganization)$/.test(
          typeFromContextNoun(view.toks[j - 1]!.lemma) ?? '',
        );
      if (kindOfName) {
        k = j;
        continue;
      }
      if (!roleOfName) args.directNoun = k;
    }
    k++;
    args.end = k;
  }
  return args;
}

/**
 * The comma at k continues a list of places ("Jakarta, Medan and Batam"): a mention of the same
 * type follows, and the list ends with "and"/"or" and another one.
 */
function listContinues(view: SentenceView, k: number, first: MentionRec): boolean {
  const type = first.key ? view.typeOf(first.key) : undefined;
  if (!type || !/^(Place|Country|Prison)$/.test(type)) return false;
  let j = k;
  for (let items = 0; items < 8; items++) {
    const sep = view.toks[j];
    if (!sep || !/^(,|and|or)$/.test(sep.lower)) return false;
    let at = j + 1;
    if (sep.text === ',' && /^(and|or)$/.test(view.toks[at]?.lower ?? '')) at++;
    const m = view.mentionAt(at);
    if (!m?.key || m.from !== at || view.typeOf(m.key) !== type) return false;
    if (sep.text !== ',' || at === j + 2) return true;
    j = m.to;
  }
  return false;
}

/**
 * The subject of the verb at v, or, when v follows "and" and so has no subject of its own ('said
 * it was "concerned" by the sentences and urged …'), the subject of the sentence's main verb.
 */
export function subjectOrShared(view: SentenceView, v: number): MentionRec | undefined {
  // (right after "and" a verb has no subject of its own: "X described Y as Z and urged …" is X's)
  if (!/^(and|or)$/.test(view.toks[v - 1]?.lower ?? '')) return subjectOf(view, v).mention;
  // (the sentence's first verb with a subject: in "X said the court had erred and called for …"
  // the verb before "and" is inside what X said)
  for (let u = 0; u < v - 1; u++) {
    if (view.toks[u]!.pos !== 'VERB') continue;
    const shared = subjectOf(view, u).mention;
    if (shared) return shared;
  }
  return undefined;
}

/** Nearest mention before token v (anywhere in the sentence) whose type may be the subject of `predicate`. */
export function controller(
  view: SentenceView,
  v: number,
  predicate: Predicate,
): MentionRec | undefined {
  const before = view.keyed
    .filter(
      (m) => m.to <= v && (!view.inPP(m) || view.isPossessor(m)) && !adjectivalDemonym(view, m),
    )
    .sort((a, b) => b.to - a.to);
  return before.find((m) => allowsType(predicate, 'subject', view.typeOf(m.key!) ?? 'Place'));
}

/** The verb at v is an infinitive ("to deport") or a gerund after "having"/"by"/"of". */
export function isNonFinite(view: SentenceView, v: number): boolean {
  let k = v - 1;
  while (k >= 0 && view.toks[k]!.pos === 'ADV') k--;
  const t = view.toks[k];
  if (!t) return false;
  if (t.lower === 'to' && t.pos === 'PART') return true;
  if (
    /ing$/.test(view.toks[v]!.lower) &&
    (t.lower === 'by' ||
      t.lower === 'in' ||
      // "pleaded guilty to killing", "admitted to taking"
      (t.lower === 'to' &&
        /^(guilty|admitted|confessed|admits|confesses|admit|confess)$/.test(
          view.toks[k - 1]?.lower ?? '',
        )) ||
      t.lower === 'of' ||
      // "charged him with financing X"
      (t.lower === 'with' &&
        view.toks
          .slice(Math.max(0, k - 6), k)
          .some((x) => x.pos === 'VERB' && /^(charge|indict)$/.test(x.lemma))) ||
      t.lower === 'after' ||
      t.lower === 'for' ||
      t.pos === 'VERB')
  )
    return true;
  return t.lower === 'having';
}

/** "a Jordanian immigrant": a demonym before a noun is an adjective, not an actor. */
/** A noun for one person at k, maybe after adjectives: "judge", "former minister", "businessman". */
function describesPerson(view: SentenceView, k: number): boolean {
  let j = k;
  while (view.toks[j]?.pos === 'ADJ') j++;
  return (
    !!matchRole(view.lowers, j) ||
    /^(man|woman|businessman|businesswoman|national|citizen)$/.test(view.toks[j]?.lower ?? '')
  );
}

function adjectivalDemonym(view: SentenceView, m: MentionRec): boolean {
  return m.kind === 'demonym' && /^(NOUN|ADJ)$/.test(view.toks[m.to]?.pos ?? '');
}

/**
 * "Police accused X of being …", "X is suspected of running …", "prosecutors charged him
 * with financing …": a gerund after an accusation verb states an allegation by the accuser
 * (the active subject, or the "by" agent of the passive), not a fact.
 */
export function accusedGerundStance(
  view: SentenceView,
  v: number,
  keyOf: (m: MentionRec | undefined) => string | undefined,
): { modality: 'alleged'; attributedTo: string | null } | undefined {
  const toks = view.toks;
  const prep = toks[v - 1]?.lower;
  if (!/ing$/.test(toks[v]?.lower ?? '') || (prep !== 'of' && prep !== 'with')) return undefined;
  const start = view.clauseStart(v);
  for (let g = v - 2; g >= start; g--) {
    const t = toks[g]!;
    if (t.pos !== 'VERB') continue;
    const accuse =
      prep === 'of' ? /^(accuse|suspect)$/.test(t.lemma) : /^(charge|indict)$/.test(t.lemma);
    if (!accuse) return undefined;
    // "a former executive accused of bribing officials": a participle after its noun names no
    // accuser
    if (reducedAccusation(view, g)) return { modality: 'alleged', attributedTo: null };
    if (isPassive(view, g)) {
      const by = toks.findIndex((x, i) => i > v && x.lower === 'by');
      const agent = by > 0 && !view.isBoundary(by) ? view.mentionAt(by + 1) : undefined;
      return { modality: 'alleged', attributedTo: keyOf(agent) ?? null };
    }
    return { modality: 'alleged', attributedTo: keyOf(subjectOf(view, g).mention) ?? null };
  }
  return undefined;
}

/**
 * The accusation participle at g follows the noun it describes, with no auxiliary: "an executive
 * accused of …", "X, accused of …," (a reduced relative clause, not "Police accused X of …").
 */
export function reducedAccusation(view: SentenceView, g: number): boolean {
  const t = view.toks[g]!;
  return (
    /^(accused|suspected|charged|indicted)$/.test(t.lower) &&
    /^(of|with)$/.test(view.toks[g + 1]?.lower ?? '') &&
    (/^(NOUN|PROPN)$/.test(view.toks[g - 1]?.pos ?? '') || view.toks[g - 1]?.text === ',')
  );
}

/** The mention modifies "based" ("the Paris-based group"). */
function basedModifier(view: SentenceView, m: MentionRec): boolean {
  const next = view.toks[m.to];
  return !!next && /^[-–]$/.test(next.text) && view.toks[m.to + 1]?.lower === 'based';
}
