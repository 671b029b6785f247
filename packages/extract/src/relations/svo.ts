import { allowsType, type Predicate } from '@news-kg/schema';
import type { MentionRec } from '../model';
import { NON_FACTIVE, NON_RELATIONAL, VERB_TABLE, type VerbSpec } from './verb-table';
import {
  type Args,
  accusedGerundStance,
  argsAfter,
  controller,
  isNonFinite,
  isPassive,
  reducedAccusation,
  commaParticipleHead,
  prevWord,
  reducedRelativeHead,
  subjectOf,
} from './clauses';
import { isSpeechLemma } from '../claims/cues';
import { countryByCode, countryByDemonym, countryByName } from '../lexicon/countries';
import type { SentenceView } from './sentence-view';
import type { RawRelation } from './types';

const NAMED_KINDS = new Set([
  'name',
  'title-name',
  'seat',
  'capital',
  'acronym',
  'implicit',
  'demonym',
]);
const LINK_NOUNS =
  /^(link|links|tie|ties|connection|connections|relationship|relationships|affiliation)$/;

/** Resolves a mention to an entity key; an unresolved description falls back to the place it names. */
export type KeyOf = (m: MentionRec | undefined) => string | undefined;

/**
 * Subject–verb–object relations in active, passive, relative and reduced
 * relative clauses, with prepositional frames taken from the verb table.
 */
/** Creates (or finds) an organisation named by a common-noun phrase, returning its key and span. */
export type OrganizationOf = (sent: number, from: number, to: number) => string | undefined;

const ORG_NOUNS =
  /^(firms?|compan(y|ies)|consultancy|consultancies|contractors?|agenc(y|ies)|lobbyists?)$/;

export function verbRelations(
  view: SentenceView,
  keyOf: KeyOf,
  placeOf: KeyOf,
  organizationOf?: OrganizationOf,
): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  let lastSubject: MentionRec | undefined;
  /** The verb lastSubject is the subject of ("said" in "X said … and ordered …"). */
  let lastSubjectVerb = -1;
  /** Subjects of the active verbs seen so far, by verb index. */
  const subjectAt = new Map<number, MentionRec>();
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    // "had links to …": "have" as a main verb is often tagged AUX.
    const mainHave =
      t.pos === 'AUX' && t.lemma === 'have' && /^(NOUN|DET|ADJ|NUM)$/.test(toks[v + 1]?.pos ?? '');
    if ((t.pos !== 'VERB' && !mainHave) || view.mentionAt(v)) continue;
    if (attributiveParticiple(view, v)) continue;
    // Phrasal verbs: "struck down", "handed over", "take in".
    const particle = toks[v + 1];
    const phrasal =
      particle && /^(down|over|in|up|out|off|back)$/.test(particle.lower)
        ? VERB_TABLE.get(`${t.lemma} ${particle.lower}`)
        : undefined;
    let spec: VerbSpec | undefined = phrasal ?? VERB_TABLE.get(t.lemma);
    let args = argsAfter(view, phrasal ? v + 1 : v);
    // "handed X over to Y": the particle after the object
    const split =
      !phrasal && args.direct && /^(over|in|up|back)$/.test(toks[args.direct.to]?.lower ?? '')
        ? VERB_TABLE.get(`${t.lemma} ${toks[args.direct.to]!.lower}`)
        : undefined;
    if (split) spec = split;
    if (spec?.lethal && !lethalCue(view, v, args.end)) spec = undefined;
    // "received and arrested more than 200 people": coordinated verbs share the object.
    // ("owns and runs X": the unlisted verb says no more than the listed one beside it)
    let sharedWithListed = false;
    if (
      !args.direct &&
      args.directNoun === undefined &&
      !args.pps.length &&
      toks[args.end]?.lower === 'and' &&
      toks[args.end + 1]?.pos === 'VERB'
    ) {
      sharedWithListed = VERB_TABLE.has(toks[args.end + 1]!.lemma);
      args = argsAfter(view, args.end + 1);
    }
    const passive = isPassive(view, v);
    // only verbs that relate their patient to a place read as reduced relatives ("deportees sent to …")
    // "Kenya handed over X to Y": a particle and an object make the verb active
    const reduced =
      (!passive && spec?.objPP && !(phrasal && args.direct && args.direct.from <= v + 3)
        ? reducedRelativeHead(view, v)
        : undefined) ?? (!passive && spec?.direct ? commaParticipleHead(view, v) : undefined);
    const governedBy = governingVerb(view, v);
    if (governedBy && NON_FACTIVE.has(governedBy)) continue; // "offered to take in …"

    let subject: MentionRec | undefined;
    let clauseFrom: number | undefined;
    let relativeObject: MentionRec | undefined;
    let negFrom: number | undefined;
    const adjunct = participleAdjunct(view, v);
    if (reduced) {
      subject = reduced;
      clauseFrom = reduced.to;
    } else if (adjunct && toks[v - 1]!.text !== ',') {
      // ("sentenced X to eight years after convicting him": the court convicts, though the
      // gerund is non-finite)
      subject = adjunct.subject;
    } else if (isNonFinite(view, v)) {
      const firstPredicate =
        spec?.direct ?? Object.values(spec?.objPP ?? {})[0] ?? Object.values(spec?.pp ?? {})[0];
      // ("the law was used to arrest protesters": after a passive, the infinitive's subject is
      // the passive's own subject or nobody named, never a mention further back)
      const passiveBefore =
        toks[v - 1]?.lower === 'to' && toks[v - 2]?.pos === 'VERB' && isPassive(view, v - 2);
      // ("an executive accused of bribing officials": the executive, or nobody named)
      const accusedAt = /^(of|with)$/.test(toks[v - 1]?.lower ?? '') ? v - 2 : -1;
      const reducedAccused = accusedAt > 0 && reducedAccusation(view, accusedAt);
      // ("the Blue Hand gang, which UN officials have accused of killing …": the gang, whom the
      // relative clause accuses, not the accusers)
      const accusedRelative =
        accusedAt > 0 && toks[accusedAt]!.pos === 'VERB'
          ? subjectOf(view, accusedAt).relativeObject
          : undefined;
      subject = !firstPredicate
        ? undefined
        : accusedRelative
          ? fitting(view, accusedRelative, spec?.direct ?? 'RELATED_TO')
          : reducedAccused
            ? fitting(
                view,
                view.mentionEndingAt(
                  toks[accusedAt - 1]?.text === ',' ? accusedAt - 2 : accusedAt - 1,
                ),
                spec?.direct ?? 'RELATED_TO',
              )
            : passiveBefore
              ? fitting(view, subjectOf(view, v - 2).mention, spec?.direct ?? 'RELATED_TO')
              : controller(view, v, spec?.direct ?? 'RELATED_TO');
    } else if (adjunct) {
      // "X said Peru would appeal, accusing Chile of bias": the participle clause's subject is
      // the main clause's, and what X said does not reach it
      subject = adjunct.subject;
      if (isSpeechLemma(toks[adjunct.verb]!.lemma)) clauseFrom = v - 1;
    } else {
      const found = subjectOf(view, v);
      subject = found.mention;
      relativeObject = found.relativeObject;
      if (found.outer && subject) negFrom = view.clauseStart(subject.from);
      else if (subject && relativeObject) clauseFrom = view.clauseStart(v) - 1;
      else if (subject && view.isRelativePronoun(view.clauseStart(v) - 1))
        clauseFrom = view.clauseStart(v) - 1;
      // "Tanzania arrested X and deported Y": a verb coordinated with an earlier one in its
      // clause shares that verb's subject, not its object
      // ("Police say the clan has recruited workers and bribed officers": the clan, unnamed)
      const unnamed = !!lastSubject && perfectCoordinated(view, lastSubjectVerb, v);
      if (unnamed && /^(and|or)$/.test(prevWord(view, v))) subject = undefined;
      else if (
        subject &&
        lastSubject &&
        !relativeObject &&
        !found.outer &&
        /^(and|or)$/.test(prevWord(view, v)) &&
        lastSubjectVerb >= view.clauseStart(v) &&
        subject.from > lastSubjectVerb &&
        subject.key !== lastSubject.key
      ) {
        subject = lastSubject;
        if (isSpeechLemma(toks[lastSubjectVerb]?.lemma ?? '')) clauseFrom = v - 1;
      }
      if (!subject && lastSubject && /^(and|or|,)$/.test(prevWord(view, v)) && !unnamed) {
        subject = lastSubject;
        // "X said the request was illegal and ordered …": the second verb is X's own act,
        // not part of what X said
        if (isSpeechLemma(toks[lastSubjectVerb]?.lemma ?? '') && clauseFrom === undefined)
          clauseFrom = v - 1;
      }
      if (!subject && !unnamed) subject = subjectBeforeRelative(view, v);
      // "the court ruled that X had breached … and ordered X to …": the court orders
      if (subject === lastSubject && /^(and|or|,)$/.test(prevWord(view, v))) {
        const outer = rulingOf(view, lastSubjectVerb, lastSubject, subjectAt);
        if (outer && COURT_ACTS.has(t.lemma) && outer.verb !== lastSubjectVerb) {
          subject = outer.subject;
          // the court's own act, outside the finding (and any "failed to …" inside it)
          clauseFrom = v - 1;
        }
      }
    }
    // "officers of the National Police arrested X": the institution acts through its agents
    // ("Prosecutors from the National Financial Prosecutor's Office accused X": named with their
    // institution, agents accuse or charge in its name)
    if (
      subject &&
      !passive &&
      !reduced &&
      spec?.direct &&
      (!allowsType(spec.direct, 'subject', 'Group') ||
        (OFFICIAL_ACTS.has(spec.direct) && /^(of|from)$/.test(toks[subject.to]?.lower ?? '')))
    )
      subject = institutionOfAgents(view, subject) ?? subject;
    // "a judge at the X Court ordered …", "an investigating magistrate at the Y Tribunal
    // charged …": an unnamed judge acts for the court
    if (!subject && !passive && !reduced) subject = courtOfUnnamedJudge(view, v);
    if (subject && !reduced && !passive) {
      lastSubject = subject;
      lastSubjectVerb = v;
      subjectAt.set(v, subject);
    }
    // "the court ruled that the ministry had acted unlawfully / breached / failed to …",
    // "the judge found X's rights had been violated by Y": the court rules against the wrongdoer
    if (isFault(view, v, args) && !relativeObject) {
      const wrongdoer = passive
        ? args.pps.find((p) => p.prep === 'by')?.mention
        : reduced
          ? undefined
          : subject;
      const ruling = rulingOf(view, v, passive ? subject : wrongdoer, subjectAt);
      const wk = keyOf(wrongdoer);
      const ck = keyOf(ruling?.subject);
      if (
        ruling &&
        wrongdoer &&
        wk &&
        ck &&
        wk !== ck &&
        view.typeOf(wk) !== 'Group' &&
        !toks.slice(ruling.verb + 1, v + 1).some((x) => NEGATORS.test(x.lower))
      )
        out.push({
          subject: ck,
          predicate: 'RULED_AGAINST',
          object: wk,
          sent: view.sentence.index,
          from: Math.min(ruling.subject.from, wrongdoer.from),
          to: Math.max(v + 1, wrongdoer.to),
          trigger: ruling.verb,
          rule: 'svo-court-finding',
          confidence: 0.65,
          event: true,
        });
    }

    if (!subject) continue;
    const alleged = accusedGerundStance(view, v, keyOf);
    const base = {
      ...(alleged ? { fixed: alleged } : {}),
      sent: view.sentence.index,
      trigger: v,
      event: !reduced,
      ...(clauseFrom !== undefined ? { clauseFrom } : {}),
      ...(negFrom !== undefined ? { negFrom } : {}),
    };
    const add = (
      s: MentionRec | undefined,
      predicate: Predicate,
      o: MentionRec | undefined,
      rule: string,
      confidence: number,
      qualifiers?: Record<string, string>,
      objectKey?: string,
    ): void => {
      const sk = keyOf(s);
      const ok = objectKey ?? keyOf(o);
      if (!s || !sk || !ok || sk === ok) return;
      // "cooperating with investigators" is no agreement; states that cooperate have one
      if (
        predicate === 'AGREEMENT_WITH' &&
        /^(cooperate|collaborate)$/.test(t.lemma) &&
        ![sk, ok].every((k) => /^(Country|Government)$/.test(view.typeOf(k) ?? ''))
      )
        return;
      // "he", "him", "his", "her" stand for a person: a pronoun resolved to an institution is a
      // coreference slip, not a relation
      if (personalPronounMismatch(view, s) || (o && !objectKey && personalPronounMismatch(view, o)))
        return;
      const from = Math.min(s.from, v, o?.from ?? v);
      const to = Math.max(s.to, v + 1, o?.to ?? v + 1);
      const row = { ...base, subject: sk, object: ok, from, to, rule, confidence };
      out.push({ ...row, predicate, ...(qualifiers ? { qualifiers } : {}) });
      if (spec?.alsoDirect && predicate === spec.direct)
        out.push({ ...row, predicate: spec.alsoDirect });
      // "Police and judicial investigators arrested 23 people": each conjunct of the subject
      if (s === subject)
        for (const c of subjectConjuncts(view, s)) {
          const ck = keyOf(c);
          if (ck && ck !== ok)
            out.push({
              ...row,
              subject: ck,
              from: Math.min(c.from, from),
              predicate,
              ...(qualifiers ? { qualifiers } : {}),
            });
        }
    };
    // "denied that officers had used force": a that-clause is the object, not its subject
    const complement = toks[v + 1]?.lower === 'that' && !!args.direct && args.direct.from > v + 1;
    const direct = relativeObject ?? (complement ? undefined : args.direct);

    // "A handed X over to B", "A handed X to B officials": an extradition between states only
    if (/^(hand|turn)$/.test(t.lemma) && (spec?.direct === 'EXTRADITED' || t.lemma === 'hand')) {
      const to = args.pps.find((p) => p.prep === 'to');
      const receiver = to ? stateOf(view, to.mention, placeOf) : undefined;
      if (to ? !receiver : !spec) continue;
      spec = { direct: 'EXTRADITED' };
      const patient = passive || reduced ? subject : direct;
      if (receiver)
        add(patient, 'EXTRADITED_TO', undefined, 'svo-handed-over', 0.75, undefined, receiver);
    }
    // "moved out of X Prison", "taken from jails in Lima", "escaped from X Prison": the one
    // moved was held there
    if (FROM_CUSTODY_VERBS.test(t.lemma)) {
      const patient =
        passive || reduced
          ? subject
          : (direct ?? (/^(escape|flee|break)$/.test(t.lemma) ? subject : undefined));
      // "two men broke out of …": a generic plural names no particular group
      const generic =
        patient?.kind === 'group' &&
        /^(men|women|people|persons|individuals)$/.test(patient.head ?? '');
      if (!generic)
        for (const key of custodyOrigins(view, args))
          add(patient, 'HELD_IN', undefined, 'svo-moved-from-custody', 0.65, undefined, key);
    }
    // "Tartu Prison already houses several members of the Vuk clan": a prison holds its inmates
    if (
      /^(house|hold)$/.test(t.lemma) &&
      !passive &&
      !reduced &&
      direct?.key &&
      view.typeOf(subject.key ?? '') === 'Prison' &&
      /^(Person|Group)$/.test(view.typeOf(direct.key) ?? '')
    )
      add(direct, 'HELD_IN', subject, 'svo-prison-houses', 0.7);
    // "charged him under the Terrorism Act", "was convicted by the court under Article 112":
    // whoever charges, tries or jails under a law invokes it
    if (UNDER_LAW_VERBS.test(t.lemma)) {
      const under = args.pps.find(
        (p) => p.prep === 'under' && p.mention.key && view.typeOf(p.mention.key) === 'Law',
      );
      const actor = passive || reduced ? args.pps.find((p) => p.prep === 'by')?.mention : subject;
      if (under && actor) add(actor, 'INVOKED', under.mention, 'svo-under-law', 0.7);
    }
    if (passive || reduced) {
      // "by Mexico", "by agents of the Drug Enforcement Administration"
      const byAt = toks.findIndex((x, i) => i > v && i < args.end + 1 && x.lower === 'by');
      const byMention = args.pps.find((p) => p.prep === 'by')?.mention;
      // ("by plainclothes officers of …", "by two senior officials of …": modifiers between)
      let agentNoun = byAt + 1;
      while (
        byAt > 0 &&
        agentNoun < byAt + 3 &&
        /^(ADJ|NUM|NOUN)$/.test(toks[agentNoun]?.pos ?? '') &&
        !AGENT_NOUNS.test(toks[agentNoun]!.lower)
      )
        agentNoun++;
      const ofInstitution =
        byAt > 0 &&
        AGENT_NOUNS.test(toks[agentNoun]?.lower ?? '') &&
        toks[agentNoun + 1]?.lower === 'of'
          ? args.pps.find((p) => p.prep === 'of' && p.at <= agentNoun + 4)?.mention
          : undefined;
      const agent = ofInstitution ?? byMention;
      if (spec?.direct && agent) add(agent, spec.direct, subject, 'svo-passive', 0.75);
      else if (spec?.direct === 'EXTRADITED' || spec?.direct === 'DEPORTED') {
        // "X was extradited/deported/expelled from Spain (to Peru)": the country removes X
        const origin = args.pps.find(
          (p) =>
            p.prep === 'from' &&
            p.mention.kind !== 'demonym' &&
            view.typeOf(p.mention.key ?? '') === 'Country',
        );
        if (origin) add(origin.mention, spec.direct, subject, 'svo-removed-from', 0.7);
      }
      for (const pp of args.pps) {
        const predicate = transferPredicate(
          t.lemma,
          subject,
          spec?.objPP?.[pp.prep],
          view,
          pp.mention,
        );
        if (!predicate) continue;
        add(
          subject,
          predicate,
          pp.mention,
          reduced ? 'svo-reduced-relative' : 'svo-passive-pp',
          0.75,
        );
        addNestedPlace(view, pp.mention, placeOf, (key) =>
          add(subject, predicate, pp.mention, 'svo-nested-place', 0.65, undefined, key),
        );
      }
      continue;
    }

    // "welcomed Albuquerque's decision", "criticized the minister's remarks": the stance is towards the possessor.
    if (!direct && spec?.direct && /^(SUPPORTED|CRITICIZED|DENIED)$/.test(spec.direct)) {
      let j = v + 1;
      if (toks[j]?.pos === 'DET') j++;
      const owner = view.mentionAt(j);
      if (
        owner?.key &&
        /^['’]s?$/.test(toks[owner.to]?.text ?? '') &&
        toks[owner.to + 1]?.pos === 'NOUN'
      ) {
        add(subject, spec.direct, owner, 'svo-possessor-object', 0.65);
      }
    }
    // "X denied it": the neuter pronoun is the accusation, not an accuser
    const denial =
      spec?.direct === 'DENIED' &&
      direct?.kind === 'pronoun' &&
      /^(it|this|that)$/.test(view.toks[direct.from]?.lower ?? '');
    if (direct && spec?.direct && !denial) {
      // "designated X and Y as terrorist organizations": the designation follows the last object
      const more = relativeObject ? [] : coordinatedObjects(view, direct);
      const qualifiers = spec.designation
        ? designation(view, relativeObject ? v + 1 : (more.at(-1) ?? direct).to, args.end + 8)
        : undefined;
      if (!(spec.designation && !qualifiers)) {
        add(
          subject,
          spec.direct,
          direct,
          relativeObject ? 'svo-relative' : 'svo-active',
          0.8,
          qualifiers,
        );
        for (const next of more)
          add(subject, spec.direct, next, 'svo-coordinated-object', 0.7, qualifiers);
      }
    }
    // "the High Court jailed X for ten years": a court that jails passes sentence
    if (direct && spec?.courtDirect && view.typeOf(keyOf(subject) ?? '') === 'Court')
      add(subject, spec.courtDirect, direct, 'svo-court-jailed', 0.75);
    for (const pp of args.pps) {
      const viaSubject = spec?.pp?.[pp.prep];
      if (viaSubject && (!spec?.prisonOnly || view.typeOf(pp.mention.key ?? '') === 'Prison'))
        add(subject, viaSubject, pp.mention, 'svo-pp', 0.75);
      const viaObject = transferPredicate(
        t.lemma,
        direct,
        spec?.objPP?.[pp.prep],
        view,
        pp.mention,
      );
      if (viaObject && direct) {
        add(direct, viaObject, pp.mention, 'svo-object-pp', 0.75);
        addNestedPlace(view, pp.mention, placeOf, (key) =>
          add(direct, viaObject, pp.mention, 'svo-nested-place', 0.65, undefined, key),
        );
      }
    }
    // "hired the best law firms in X and Y": an unnamed organisation becomes an entity.
    if (spec?.direct === 'HIRED' && !direct && organizationOf) {
      let end = v + 1;
      while (
        toks[end] &&
        (/^(DET|ADJ|NOUN|NUM)$/.test(toks[end]!.pos) || /^["“”’']$/.test(toks[end]!.text)) &&
        !view.mentionAt(end)
      )
        end++;
      let head = end - 1;
      while (head > v && !ORG_NOUNS.test(toks[head]!.lower)) head--;
      if (head > v && ORG_NOUNS.test(toks[head]!.lower)) {
        let from = head;
        while (from > v + 1 && /^(ADJ|NOUN)$/.test(toks[from - 1]!.pos)) from--;
        if (head - from > 4) from = head;
        const org = organizationOf(view.sentence.index, from, head + 1);
        const sk = keyOf(subject);
        if (org && sk) {
          out.push({
            ...base,
            subject: sk,
            predicate: 'HIRED',
            object: org,
            from: Math.min(subject.from, v),
            to: head + 1,
            rule: 'svo-hired-organization',
            confidence: 0.6,
          });
          // "… in Peru and the US"
          let k = head + 1;
          while (k < toks.length && /^["”’']$/.test(toks[k]!.text)) k++;
          if (toks[k]?.lower === 'in') {
            for (let j = k + 1; j < Math.min(toks.length, k + 8); j++) {
              const place = view.mentionAt(j);
              if (place?.key && /^(Country|Place)$/.test(view.typeOf(place.key) ?? '')) {
                out.push({
                  ...base,
                  event: false,
                  subject: org,
                  predicate: 'LOCATED_IN',
                  object: place.key,
                  from,
                  to: place.to,
                  rule: 'organization-in-place',
                  confidence: 0.55,
                });
                j = place.to - 1;
                continue;
              }
              if (!/^(and|the|,|or)$/.test(toks[j]!.lower)) break;
            }
          }
        }
      }
    }
    // "filed charges of fraud against X", "brought charges against X": the subject charged X;
    // "X faces charges in the United States": that country charged X
    let nounHead = args.directNoun;
    while (nounHead !== undefined && toks[nounHead + 1]?.pos === 'NOUN') nounHead++;
    const chargeNoun = nounHead !== undefined && /^charges?$/.test(toks[nounHead]!.lower);
    if (chargeNoun && /^(file|bring|press|lodge|level)$/.test(t.lemma) && !direct) {
      const against = args.pps.find((p) => p.prep === 'against');
      if (against) add(subject, 'CHARGED', against.mention, 'svo-charges-against', 0.75);
    }
    if (chargeNoun && t.lemma === 'face' && !direct) {
      const where = args.pps.find((p) => p.prep === 'in');
      if (where && view.typeOf(where.mention.key ?? '') === 'Country')
        add(where.mention, 'CHARGED', subject, 'svo-faces-charges-in', 0.6);
    }
    // "received $2 million from the cartel", "took monthly payments from the gang": the source paid the subject
    if (/^(take|receive|accept|get|pocket)$/.test(t.lemma) && !direct) {
      const from = args.pps.find((p) => p.prep === 'from');
      const money = toks
        .slice(v + 1, from ? from.at : v + 1)
        .some(
          (x) =>
            /^(money|payments?|bribes?|kickbacks?|cash|funds|dollars?|million|billion|\$|lempiras?|pesos?|euros?)$/.test(
              x.lower,
            ) || x.text === '$',
        );
      if (from && money) add(from.mention, 'PAID', subject, 'svo-received-money', 0.6);
    }
    // "the court ordered Greece to pay …", "the judge ordered that he be held …",
    // "the court blocked the extradition of X": a court or judge orders against X.
    if (isJudicial(view, subject)) {
      let target: MentionRec | undefined;
      if (
        ORDER_VERBS.has(t.lemma) &&
        direct &&
        !relativeObject &&
        toks[args.end]?.lower === 'to' &&
        toks[args.end + 1]?.pos === 'VERB'
      )
        target = direct;
      // "ordered him held at X", "ordered Ruiz extradited": the order's object is its target
      else if (
        ORDER_VERBS.has(t.lemma) &&
        direct &&
        !relativeObject &&
        /^(held|detained|remanded|jailed|imprisoned|deported|extradited|expelled|arrested)$/.test(
          toks[direct.to]?.lower ?? '',
        )
      )
        target = direct;
      else if (ORDER_VERBS.has(t.lemma) && toks[v + 1]?.lower === 'that') {
        const m = view.mentionAt(v + 2);
        const aux = m ? toks[m.to] : undefined;
        if (m?.from === v + 2 && aux && /^(be|should|must|remain|stay)$/.test(aux.lower))
          target = m;
      } else if (
        BLOCK_VERBS.has(t.lemma) &&
        !direct &&
        args.directNoun !== undefined &&
        REMOVAL_NOUNS.test(toks[args.directNoun]!.lower)
      ) {
        const of = args.pps.find((p) => p.prep === 'of' && p.at <= args.directNoun! + 4);
        if (of && /^(Person|Group)$/.test(view.typeOf(of.mention.key ?? '') ?? ''))
          target = of.mention;
      }
      if (target) add(subject, 'ISSUED_ORDER_AGAINST', target, 'svo-court-order', 0.7);
    }
    // "the court found X guilty / liable / eligible for extradition / in contempt"
    // (a pronoun object is left out: "found him eligible" often follows another actor)
    if (
      t.lemma === 'find' &&
      direct &&
      direct.kind !== 'pronoun' &&
      !relativeObject &&
      isJudicial(view, subject)
    ) {
      // ("found Ana Ruiz, 27, guilty": step over the age)
      let g = direct.to;
      if (toks[g]?.text === ',' && toks[g + 1]?.pos === 'NUM' && toks[g + 2]?.text === ',') g += 3;
      const w = toks[g]?.lower ?? '';
      const predicate: Predicate | undefined =
        w === 'guilty' ||
        /^(liable|responsible|culpable|eligible)$/.test(w) ||
        (w === 'in' && /^(breach|contempt|violation)$/.test(toks[g + 1]?.lower ?? ''))
          ? 'RULED_AGAINST'
          : undefined;
      if (predicate) add(subject, predicate, direct, 'svo-court-found', 0.7);
      // a guilty verdict is a conviction, read as "convicted" is
      if (w === 'guilty') add(subject, 'SENTENCED', direct, 'svo-court-found', 0.7);
    }
    // "had links to the gang" → membership
    if (
      t.lemma === 'have' &&
      args.directNoun !== undefined &&
      LINK_NOUNS.test(toks[args.directNoun]!.lower)
    ) {
      const pp = args.pps.find((p) => p.prep === 'to' || p.prep === 'with');
      if (pp) add(subject, 'MEMBER_OF', pp.mention, 'svo-have-links', 0.7);
    }
    if (
      !spec &&
      !sharedWithListed &&
      !NON_RELATIONAL.has(t.lemma) &&
      direct &&
      args.directNoun === undefined
    ) {
      if (
        NAMED_KINDS.has(subject.kind) &&
        NAMED_KINDS.has(direct.kind) &&
        subject.kind !== 'demonym' &&
        direct.kind !== 'demonym'
      ) {
        add(subject, 'RELATED_TO', direct, 'svo-unmapped-verb', 0.5, { verb: t.lemma });
      }
    }
  }
  return out;
}

/** Acts done under a law, whose doer invokes the law. */
const UNDER_LAW_VERBS =
  /^(charge|indict|prosecute|try|convict|sentence|jail|imprison|arrest|detain|find|designate|ban|deport|expel|extradite|sanction|prohibit|dissolve)$/;

const ORDER_VERBS = new Set(['order', 'direct', 'instruct', 'compel']);
/** What a court does after its finding: "… and ordered / awarded / quashed …". */
const COURT_ACTS = new Set([
  ...ORDER_VERBS,
  'award',
  'grant',
  'quash',
  'annul',
  'uphold',
  'overturn',
  'dismiss',
  'sentence',
  'rule',
  'find',
  'declare',
]);
const NEGATORS = /^(not|n't|never|no)$/;
/** Verbs that state a wrong when a court finds them: "breached", "violated", "failed to". */
const FAULT_VERBS = /^(breach|violate|infringe|contravene|flout|disregard|fail|err|discriminate)$/;
const UNLAWFULLY =
  /^(unlawfully|illegally|wrongly|wrongfully|improperly|unconstitutionally|unreasonably|irrationally|arbitrarily|unfairly)$/;

/**
 * The verb at v states a wrong: a fault verb ("breached", "failed to protect"), "broke the
 * law", or any verb qualified as unlawful ("acted unlawfully", "detained X illegally").
 */
function isFault(view: SentenceView, v: number, args: Args): boolean {
  const toks = view.toks;
  const t = toks[v]!;
  if (FAULT_VERBS.test(t.lemma)) return true;
  if (
    t.lemma === 'break' &&
    toks.slice(v + 1, v + 4).some((x) => /^(law|laws|rules|obligations|duty|duties)$/.test(x.lower))
  )
    return true;
  if (UNLAWFULLY.test(toks[v - 1]?.lower ?? '')) return true;
  for (let j = v + 1; j <= Math.min(toks.length - 1, args.end + 1); j++) {
    if (UNLAWFULLY.test(toks[j]!.lower)) return true;
    if (view.isBoundary(j) || toks[j]!.text === ',') break;
  }
  return false;
}

/** Verbs by which a court states a finding: "ruled that …", "found that …", "held that …". */
const RULING_VERBS = /^(rule|find|hold|conclude|decide|determine|declare|judge)$/;

/**
 * The court or judge whose finding the clause of verb k is: "the court ruled (that) X had …".
 * Returns the ruling verb and its (judicial) subject.
 */
function rulingOf(
  view: SentenceView,
  k: number,
  subject: MentionRec | undefined,
  subjectAt?: ReadonlyMap<number, MentionRec>,
): { verb: number; subject: MentionRec } | undefined {
  const toks = view.toks;
  if (k < 0) return undefined;
  const c = view.clauseStart(k);
  let g: number;
  if (toks[c - 1]?.lower === 'that') g = c - 2;
  else {
    // "the court found the ministry had acted unlawfully": no complementiser
    if (!subject || subject.from >= k) return undefined;
    g = subject.from - 1;
    while (g >= c && /^(DET)$/.test(toks[g]!.pos) && !view.mentionAt(g)) g--;
  }
  // "ruled on Wednesday that …": step back over a short adverbial
  const stop = Math.max(0, g - 5);
  while (g > stop && toks[g]!.pos !== 'VERB' && /^(ADV|ADP|DET|NUM|NOUN|PROPN)$/.test(toks[g]!.pos))
    g--;
  const verb = toks[g];
  if (!verb || verb.pos !== 'VERB' || !RULING_VERBS.test(verb.lemma) || g >= k) return undefined;
  const court = subjectAt?.get(g) ?? subjectOf(view, g).mention;
  return court && isJudicial(view, court) ? { verb: g, subject: court } : undefined;
}
/** Verbs by which a court stops a removal: "blocked the extradition of X". */
export const BLOCK_VERBS = new Set([
  'block',
  'halt',
  'suspend',
  'stay',
  'stop',
  'bar',
  'freeze',
  'prevent',
  'prohibit',
  'forbid',
  'annul',
  'overturn',
  'quash',
]);
export const REMOVAL_NOUNS =
  /^(extradition|deportation|expulsion|removal|transfer|relocation|surrender|handover)$/;

/**
 * A court, or a person acting as a judge: "Judge X", "Justice X", "the judge", or a name
 * that carries a judge's title elsewhere in the sentence.
 */
function isJudicial(view: SentenceView, m: MentionRec | undefined): boolean {
  if (!m?.key) return false;
  const type = view.typeOf(m.key);
  if (type === 'Court') return true;
  if (type !== 'Person') return false;
  if (m.kind === 'description') return /^(judge|justice|magistrate)$/.test(m.head ?? '');
  return view.mentions.some((x) => x.key === m.key && x.title?.spec.predicate === 'JUDGE_OF');
}

const FROM_CUSTODY_VERBS =
  /^(transfer|move|relocate|take|ferry|transport|airlift|escort|bus|fly|send|ship|release|free|escape|flee|break|remove|evacuate|deport|expel|extradite|bring|discharge)$/;
const CUSTODY_NOUNS =
  /^(jail|jails|prison|prisons|penitentiary|penitentiaries|detention|cell|cells)$/;

/**
 * Where a verb's "from"/"out of" phrase says someone was held: a prison named there
 * ("from Vardo Prison", "out of Vardo Prison"), or the places of "from jails in Lima and Cusco".
 */
function custodyOrigins(view: SentenceView, args: Args): string[] {
  const toks = view.toks;
  const out: string[] = [];
  for (const pp of args.pps) {
    const key = pp.mention.key;
    const type = key ? view.typeOf(key) : undefined;
    if (!key || !type) continue;
    let j = pp.at - 1;
    while (j >= 0 && toks[j]!.pos === 'DET') j--;
    const fromHere = (k: number): boolean =>
      toks[k]?.lower === 'from' || (toks[k]?.lower === 'of' && toks[k - 1]?.lower === 'out');
    if (type === 'Prison' && fromHere(j)) out.push(key);
    else if (type === 'Place' || type === 'Country') {
      // "from jails in Lima, Cusco and Puno": step back over the earlier conjuncts
      while (j >= 0 && (/^(and|,)$/.test(toks[j]!.lower) || view.mentionAt(j))) j--;
      if (toks[j]?.lower !== 'in' || !CUSTODY_NOUNS.test(toks[j - 1]?.lower ?? '')) continue;
      let f = j - 2;
      while (f >= 0 && /^(ADJ|DET|NUM)$/.test(toks[f]!.pos)) f--;
      if (fromHere(f)) out.push(key);
    }
  }
  return out;
}

const AGENT_HEADS =
  /^(officers|agents|officials|members|troops|soldiers|investigators|staff|personnel|police|policemen|guards|detectives|prosecutors)$/;

/** Acts agents do in their institution's name (a meeting or a payment is their own). */
const OFFICIAL_ACTS = new Set<Predicate>(['ACCUSED_OF', 'CHARGED', 'ISSUED_ORDER_AGAINST']);

/** The court of "a judge at/of the X Court" (unnamed) right before the verb at v. */
function courtOfUnnamedJudge(view: SentenceView, v: number): MentionRec | undefined {
  const toks = view.toks;
  let k = v - 1;
  while (k >= 0 && /^(ADV|AUX)$/.test(toks[k]!.pos)) k--;
  const court = view.mentionEndingAt(k);
  if (!court?.key || view.typeOf(court.key) !== 'Court') return undefined;
  let p = court.from - 1;
  if (toks[p]?.lower === 'the') p--;
  if (!/^(at|of|from|on)$/.test(toks[p]?.lower ?? '')) return undefined;
  if (!/^(judge|magistrate|justice|judges|magistrates)$/.test(toks[p - 1]?.lower ?? ''))
    return undefined;
  let d = p - 2;
  while (d >= 0 && /^(ADJ|NOUN|VERB)$/.test(toks[d]!.pos) && d > p - 4) d--;
  // (opening the clause, or after a fronted phrase: "On Friday, a judge at …")
  const opens = d === view.clauseStart(v) || toks[d - 1]?.text === ',';
  return /^(a|an|the|one)$/.test(toks[d]?.lower ?? '') && opens ? court : undefined;
}

/** "officers of/from the X": the institution whose agents the group is. */
/** People who act for an institution: "by agents of the DEA", "by officers of the police". */
const AGENT_NOUNS = /^(agents?|officers?|members?|officials?|forces|troops|police|staff)$/;

function institutionOfAgents(view: SentenceView, m: MentionRec): MentionRec | undefined {
  const toks = view.toks;
  if (!m.key || view.typeOf(m.key) !== 'Group' || !AGENT_HEADS.test(toks[m.to - 1]?.lower ?? ''))
    return undefined;
  const institution = (x: MentionRec | undefined): boolean =>
    !!x?.key &&
    x.kind !== 'pronoun' &&
    /^(Government|Organization|Country|Court|CriminalOrganization)$/.test(view.typeOf(x.key) ?? '');
  // "DCI officers", "the Federal Police's agents"
  const b = m.from - 1;
  const before = /^['’]s?$/.test(toks[b]?.text ?? '') ? view.mentionAt(b - 1) : view.mentionAt(b);
  if (before && (before.to === m.from || before.to === b) && institution(before)) return before;
  if (!/^(of|from)$/.test(toks[m.to]?.lower ?? '')) return undefined;
  const at = toks[m.to + 1]?.lower === 'the' ? m.to + 2 : m.to + 1;
  const org = view.mentionAt(at);
  return org?.from === at && institution(org) ? org : undefined;
}

/**
 * "Police say the clan has recruited workers and bribed officers": between the verb whose
 * subject is known and v sits a perfect ("has recruited") that v continues, so v shares that
 * verb's subject, unnamed here. ("X said Peru would appeal and called …" is X's own act.)
 */
function perfectCoordinated(view: SentenceView, known: number, v: number): boolean {
  const toks = view.toks;
  if (!/ed$/.test(toks[v]!.lower)) return false;
  for (let u = known + 1; u < v; u++) {
    const t = toks[u]!;
    if (
      t.pos === 'VERB' &&
      /ed$/.test(t.lower) &&
      /^(has|have|had)$/.test(toks[u - 1]?.lower ?? '')
    )
      return true;
  }
  return false;
}

/**
 * "X went further, accusing Y of …", "X said …, criticising Y": an -ing clause after a comma
 * that follows a finite main clause; returns the main verb and its subject.
 */
function participleAdjunct(
  view: SentenceView,
  v: number,
): { verb: number; subject: MentionRec } | undefined {
  const toks = view.toks;
  // (", accusing …", and "after convicting him …": the gerund's subject is the main clause's)
  if (
    !/ing$/.test(toks[v]!.lower) ||
    !/^(,|after|before|while|by|without|upon|when)$/.test(toks[v - 1]?.lower ?? '')
  )
    return undefined;
  for (let g = 0; g < v - 1; g++) {
    const t = toks[g]!;
    if (view.isBoundary(g) && !/^[,]$/.test(t.text)) return undefined;
    if (t.pos !== 'VERB' || /ing$/.test(t.lower) || view.mentionAt(g)) continue;
    if (isNonFinite(view, g) || reducedRelativeHead(view, g)) continue;
    const found = subjectOf(view, g);
    if (found.mention && !found.relativeObject) return { verb: g, subject: found.mention };
    return undefined;
  }
  return undefined;
}

/** "a prison in El Salvador", "a Salvadoran prison": the place that situates an object. */
function addNestedPlace(
  view: SentenceView,
  m: MentionRec,
  placeOf: KeyOf,
  emit: (key: string) => void,
): void {
  const inside = view.toks[m.to];
  // "held at Vardo prison in Tehran": the named prison is where; its place is LOCATED_IN
  // ("held in the remand prison in Tovar": a described prison the article keeps is where, too)
  if (m.key && /^(Prison|Court)$/.test(view.typeOf(m.key) ?? '')) return;
  if (inside && (inside.lower === 'in' || inside.lower === 'near')) {
    const next = view.mentions.find((x) => x.from >= m.to + 1 && x.from <= m.to + 2 && x.key);
    if (next?.key && /^(Country|Place)$/.test(view.typeOf(next.key) ?? '')) emit(next.key);
    return;
  }
  if (m.kind === 'description' && m.country) {
    const key = placeOf({ ...m, key: undefined });
    if (key) emit(key);
  }
}

/** "X, which/who …, V": the clause before v is a relative clause on the sentence's first mention. */
function subjectBeforeRelative(view: SentenceView, v: number): MentionRec | undefined {
  const first = view.mentions.find((m) => m.key);
  if (!first || first.from > 2 || view.toks[first.to]?.text !== ',') return undefined;
  // "X, 68, who …"
  const age =
    view.toks[first.to + 1]?.pos === 'NUM' && view.toks[first.to + 2]?.text === ',' ? 2 : 0;
  if (!/^(which|who)$/.test(view.toks[first.to + 1 + age]?.lower ?? '')) return undefined;
  // the relative clause must have closed with a comma or quote before v
  for (let k = v - 1; k > first.to + 1 + age; k--) {
    const t = view.toks[k]!;
    if (t.text === ',' || t.text === '"' || t.text === '”') return first;
    if (t.pos !== 'ADV' && t.pos !== 'AUX') return undefined;
  }
  return undefined;
}

/**
 * Objects coordinated with the first one: "sanctioned X and Y", "X, Y and Z", "sanctioned X, a
 * former director of Z, and two guards, A and B". Only mentions of the first object's type
 * count, and only a list that an "and"/"or" closes: "arrested X and Y on Monday, their lawyer Z
 * said" ends at Y, and "arrested X, the leader of Y, on Monday" lists nobody.
 */
function coordinatedObjects(view: SentenceView, first: MentionRec): MentionRec[] {
  const toks = view.toks;
  const type = first.key ? view.typeOf(first.key) : undefined;
  if (!type) return [];
  const out: MentionRec[] = [];
  let closed = false;
  let listed = false;
  let k = first.to;
  while (k < toks.length) {
    const comma = toks[k]!.text === ',';
    let j = comma ? k + 1 : k;
    const and = /^(and|or)$/.test(toks[j]?.lower ?? '');
    if (and) j++;
    if (!comma && !and) break;
    const m = conjunctAt(view, j);
    if (!m) {
      if (and) break;
      // "X, 45, and Y", "X, a former director of Z, and Y": an apposition between conjuncts
      let e = j;
      while (
        e < toks.length &&
        e < j + 16 &&
        toks[e]!.text !== ',' &&
        toks[e]!.pos !== 'VERB' &&
        (!view.isBoundary(e) || /^[()]$/.test(toks[e]!.text))
      )
        e++;
      if (toks[e]?.text !== ',') break;
      k = e;
      continue;
    }
    const exact = !!m.key && view.typeOf(m.key) === type;
    // ("charged X, Y and two businessmen": a group of people closing a list of people)
    const sameType =
      exact ||
      (!!m.key && type === 'Person' && and && m.kind === 'group' && view.typeOf(m.key) === 'Group');
    // ("activists, students and suspected militants": a list of kinds of people is one group)
    if (
      sameType &&
      (type !== 'Group' || (and && !comma && !listed)) &&
      m.key !== first.key &&
      m.kind !== 'pronoun' &&
      !view.inPP(m) &&
      !out.some((o) => o.key === m.key)
    )
      out.push(m);
    k = m.to;
    if (!and) listed = true;
    if (and) {
      closed = true;
      // ("… and two guards at the prison, A and B": the members of a group named last may follow)
      if (exact) break;
      while (k < toks.length && k < m.to + 6 && toks[k]!.text !== ',' && toks[k]!.pos !== 'VERB')
        k++;
    }
  }
  // ("two guards at the prison, A and B": the group's members named after it stand for it)
  const group = out.findIndex((m) => m.kind === 'group');
  if (group >= 0 && group < out.length - 1) out.splice(group, 1);
  return closed ? out : [];
}

/** The mention a conjunct starts with, after at most a few modifiers ("and the former minister X"). */
function conjunctAt(view: SentenceView, j: number): MentionRec | undefined {
  for (let t = j; t < Math.min(view.toks.length, j + 5); t++) {
    const m = view.mentionAt(t);
    if (m) return m;
    if (!/^(DET|ADJ|NOUN|NUM|PRON)$/.test(view.toks[t]!.pos)) return undefined;
  }
  return undefined;
}

/**
 * The state a receiver stands for: a country, government or court, or the country of
 * "Mozambican police", "US officials".
 */
const STATE_AGENTS = /^(police|officials|authorities|agents|officers|government)$/;

function stateOf(view: SentenceView, m: MentionRec, placeOf: KeyOf): string | undefined {
  const type = m.key ? view.typeOf(m.key) : undefined;
  if (m.kind === 'pronoun' || m.kind === 'demonym') return undefined;
  if (type === 'Government' || type === 'Group') {
    // "Mozambican police", "US officials": the agents of a state stand for it
    const first = view.toks[m.from]!.text;
    const country =
      m.country ??
      (STATE_AGENTS.test(view.toks[m.to - 1]!.lower)
        ? (countryByDemonym(first) ?? countryByName(first) ?? countryByCode(first))
        : undefined);
    if (country) return placeOf({ ...m, key: undefined, country });
  }
  return type === 'Country' || type === 'Government' || type === 'Court' ? m.key : undefined;
}

function personalPronounMismatch(view: SentenceView, m: MentionRec): boolean {
  return (
    m.kind === 'pronoun' &&
    /^(he|him|his|she|her|hers|himself|herself)$/.test(view.lowers[m.from] ?? '') &&
    !!m.key &&
    view.typeOf(m.key) !== 'Person'
  );
}

const GENERIC_MOVERS = /^(move|relocate|take|bus|escort|transport|ferry|airlift)$/;

/** A group named as convicts in custody ("the inmates", "340 prisoners"), by its entity key. */
const IN_CUSTODY_KEY = /^group:(.*-)?(inmates|prisoners|convicts)$/;

/**
 * "sent/flew X to Y" is a deportation for groups of deportees, a transfer for a person or
 * for a group of prisoners.
 */
function transferPredicate(
  lemma: string,
  patient: MentionRec | undefined,
  predicate: Predicate | undefined,
  view?: SentenceView,
  destination?: MentionRec,
): Predicate | undefined {
  // "moved their families to Portugal": a generic group moved anywhere but a prison is not a
  // transfer in custody
  if (
    predicate === 'TRANSFERRED_TO' &&
    GENERIC_MOVERS.test(lemma) &&
    patient?.type === 'Group' &&
    !/^group:(.*-)?(inmates|prisoners|convicts|detainees|internees|captives)$/.test(
      patient.key ?? '',
    ) &&
    !(view && destination?.key && view.typeOf(destination.key) === 'Prison')
  )
    return undefined;
  if (predicate !== 'DEPORTED_TO' || !/^(send|fly|ship)$/.test(lemma) || !patient) return predicate;
  // prisoners flown to another prison or town are transferred; deportees are deported
  if (patient.type === 'Group' && !IN_CUSTODY_KEY.test(patient.key ?? '')) return 'DEPORTED_TO';
  return 'TRANSFERRED_TO';
}

/**
 * "by police officers and hired gunmen", "the armed men": a participle that only modifies the
 * noun after it.
 */
function attributiveParticiple(view: SentenceView, v: number): boolean {
  const toks = view.toks;
  // "the student-led movement", "a US-backed government": a participle glued to a hyphen
  const hyphen = toks[v - 1];
  if (hyphen && /^[-‐]$/.test(hyphen.text) && hyphen.end === toks[v]!.start) return true;
  if (!/^(hired|armed|masked|suspected|alleged|wanted|convicted|accused)$/.test(toks[v]!.lower))
    return false;
  const next = toks[v + 1];
  const head = view.mentionAt(v + 1);
  if (!next || !/^(NOUN|ADJ)$/.test(next.pos) || (head && head.kind !== 'group')) return false;
  const prev = toks[v - 1];
  return !!prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || /^(and|or)$/.test(prev.lower));
}

/** The verb an infinitive depends on ("offered to take in" → offer), if any. */
function governingVerb(view: SentenceView, v: number): string | undefined {
  let k = v - 1;
  while (k >= 0 && view.toks[k]!.pos === 'ADV') k--;
  if (view.toks[k]?.lower !== 'to') {
    // modal auxiliaries: "would deport", "could be sent"
    for (let j = v - 1; j >= Math.max(0, v - 3); j--) {
      const t = view.toks[j]!;
      if (/^(would|could|might|may)$/.test(t.lower)) return t.lower;
      if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
    }
    return undefined;
  }
  // "offered to take in", "would ask the court to send": the nearest verb before, within the clause.
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const g = view.toks[j]!;
    if (g.pos === 'VERB') return g.lemma;
    if ((view.isBoundary(j) && !/^[()]$/.test(g.text)) || g.text === ',') return undefined;
  }
  return undefined;
}

/** "declared X a terrorist group and alien enemy" → { designation: "terrorist group" }. */
function designation(
  view: SentenceView,
  from: number,
  end: number,
): Record<string, string> | undefined {
  const words: string[] = [];
  let k = from;
  if (view.toks[k]?.lower === 'as') k++;
  while (k < view.toks.length && k < end + 6) {
    const t = view.toks[k]!;
    if (t.pos === 'DET' && !words.length) {
      k++;
      continue;
    }
    if (t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'PROPN' && words.length)) {
      words.push(t.lower);
      k++;
      continue;
    }
    break;
  }
  return words.length ? { designation: words.join(' ') } : undefined;
}

/** "fatally shot", "shot … dead", "shot … to death", "shot and killed": the shooting killed. */
function lethalCue(view: SentenceView, v: number, end: number): boolean {
  const toks = view.toks;
  if (/^(fatally|mortally)$/.test(toks[v - 1]?.lower ?? '')) return true;
  const stop = Math.min(toks.length, Math.max(end, v + 1) + 3);
  for (let j = v + 1; j < stop; j++) {
    const w = toks[j]!.lower;
    if (w === 'dead' || (w === 'to' && toks[j + 1]?.lower === 'death')) return true;
    if (w === 'and' && /^(kill|murder)$/.test(toks[j + 1]?.lemma ?? '')) return true;
    if (view.isBoundary(j)) break;
  }
  return false;
}

/** The mention, if its type may be the subject of the predicate. */
function fitting(
  view: SentenceView,
  m: MentionRec | undefined,
  predicate: Predicate,
): MentionRec | undefined {
  const type = m?.key ? view.typeOf(m.key) : undefined;
  return type && allowsType(predicate, 'subject', type) ? m : undefined;
}

/**
 * The other conjuncts of a subject that closes a coordination: "A, B and C arrested …" → A, B
 * (only where nothing but commas and "and" stands between them, none is governed by a
 * preposition or owns another noun, and no verb before them makes the first an object).
 */
function subjectConjuncts(view: SentenceView, m: MentionRec): MentionRec[] {
  const out: MentionRec[] = [];
  let k = m.from;
  while (/^(and|,)$/.test(view.toks[k - 1]?.lower ?? '')) {
    let j = k - 2;
    if (view.toks[k - 1]!.lower === 'and' && view.toks[j]?.text === ',') j--;
    const c = view.mentionEndingAt(j);
    if (!c?.key || view.inPP(c) || view.isPossessor(c)) break;
    out.push(c);
    k = c.from;
  }
  // ("Zambia arrested X and Malawi deported Y": X closes the first clause, it opens no subject)
  let b = k - 1;
  while (b >= 0 && view.toks[b]!.pos === 'DET') b--;
  return /^(VERB|ADP|AUX)$/.test(view.toks[b]?.pos ?? '') ? [] : out;
}
