import type { MentionRec } from '../model';
import { negatedVerb } from '../claims/cues';
import { isBench } from './bench';
import { subjectOrShared } from './clauses';
import type { SentenceView } from './sentence-view';
import type { KeyOf } from './svo';
import type { RawRelation } from './types';

/** Verbs by which a court lets a removal go ahead: "approved the extradition of X". */
const CLEARING = new Set([
  'approve',
  'clear',
  'authorize',
  'authorise',
  'allow',
  'order',
  'greenlight',
]);
/** Removals a court may clear. */
const REMOVALS = /^(extradition|deportation|expulsion|removal|surrender|handover)$/;
/** Verbs by which a court turns a party down: "rejected X's appeal". */
const REJECTING = new Set(['reject', 'dismiss', 'deny', 'refuse', 'throw', 'turn']);
/** What a party asks a court for. */
const PLEAS =
  /^(appeal|appeals|petition|petitions|request|bid|challenge|argument|arguments|plea|motion|application|claim|complaint)$/;

/** Verbs by which a court strikes down a law or part of it ("struck down", "annulled"). */
const STRIKING = new Set(['annul', 'invalidate', 'nullify', 'quash', 'overturn', 'void']);
/** Parts of a law a court may strike down or uphold. */
const LAW_PARTS =
  /^(sections?|provisions?|parts?|articles?|clauses?|paragraphs?|amendments?|constitutionality|validity)$/;

/** Verbs by which a court states its finding: "ruled that the act was unconstitutional". */
const FINDING = new Set(['rule', 'find', 'hold', 'declare', 'conclude', 'determine']);
/** Verdicts on a law that strike it down: "declared the act void". */
const VOIDING = /^(unconstitutional|void|null|invalid|illegal|unlawful|inapplicable)$/;

/**
 * Decisions a court or judge takes against a party, stated through what the party asked for or
 * what the court let happen to them: "approved the extradition (to Y) of X", "cleared X's
 * deportation", "rejected X's appeal", "dismissed an appeal by X", "threw out a petition from
 * X's lawyers" → RULED_AGAINST X.
 */
export function courtDecisionRelations(view: SentenceView, keyOf: KeyOf): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  const ruling = (
    court: string,
    object: string,
    from: number,
    to: number,
    v: number,
    rule: string,
  ) =>
    out.push({
      subject: court,
      predicate: 'RULED_AGAINST',
      object,
      sent: view.sentence.index,
      from,
      to,
      trigger: v,
      rule,
      confidence: 0.7,
      event: true,
      qualifiers: { verb: toks[v]!.lemma },
    });
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    if (t.pos !== 'VERB' || negatedVerb(toks, v)) continue;
    if (FINDING.has(t.lemma)) {
      const law = voidedLaw(view, v);
      const court = law && subjectOrShared(view, v);
      const ck = keyOf(court);
      const lk = keyOf(law);
      if (law && court && ck && lk && isBench(view, ck))
        ruling(ck, lk, Math.min(court.from, v), law.to, v, 'court-voids-law');
      continue;
    }
    // "struck down key sections of the X Act", "upheld the X Act": a law the court rules on
    const ruledLaw = lawRuledOn(view, v);
    if (ruledLaw) {
      const court = subjectOrShared(view, v);
      const ck = keyOf(court);
      const lk = keyOf(ruledLaw.law);
      if (court && ck && lk && isBench(view, ck))
        out.push({
          subject: ck,
          predicate: ruledLaw.upheld ? 'SUPPORTED' : 'RULED_AGAINST',
          object: lk,
          sent: view.sentence.index,
          from: Math.min(court.from, v),
          to: ruledLaw.law.to,
          trigger: v,
          rule: ruledLaw.upheld ? 'court-upholds-law' : 'court-voids-law',
          confidence: 0.7,
          event: true,
          qualifiers: { verb: t.lemma },
        });
      continue;
    }
    const clearing = CLEARING.has(t.lemma);
    let k = v + 1;
    if (t.lemma === 'throw' || t.lemma === 'turn') {
      if (toks[k]?.lower !== (t.lemma === 'throw' ? 'out' : 'down')) continue;
      k++;
    } else if (!clearing && !REJECTING.has(t.lemma)) continue;
    const noun = findNoun(view, k, clearing ? REMOVALS : PLEAS);
    if (noun < 0) continue;
    const party = partyOf(view, k, noun);
    const court = subjectOrShared(view, v);
    const ck = keyOf(court);
    const pk = keyOf(party);
    if (!court || !party || !ck || !pk || ck === pk || !isBench(view, ck)) continue;
    if (view.typeOf(pk) === 'Court') continue;
    ruling(ck, pk, Math.min(court.from, v), Math.max(party.to, noun + 1), v, 'court-decision');
  }
  return out;
}

/** The head noun of the object within a few words ("the extradition", "an appeal", "X's appeal"). */
function findNoun(view: SentenceView, k: number, nouns: RegExp): number {
  for (let j = k; j < Math.min(view.toks.length, k + 6); j++) {
    const t = view.toks[j]!;
    if (nouns.test(t.lower) && t.pos === 'NOUN') return j;
    if (t.pos === 'VERB' || view.isBoundary(j)) return -1;
  }
  return -1;
}

/**
 * Whose plea or removal it is: the possessor before the noun ("X's appeal", "X's defence's
 * appeal"), or the mention after "of", "by" or "from" ("the extradition to Y of X", "an appeal
 * by X's lawyers").
 */
function partyOf(view: SentenceView, from: number, noun: number): MentionRec | undefined {
  const owner = view.keyed.find(
    (m) => m.from >= from && m.to <= noun && /^['’]s?$/.test(view.toks[m.to]?.text ?? ''),
  );
  if (owner) return owner;
  const toks = view.toks;
  for (let j = noun + 1; j < Math.min(toks.length, noun + 8); j++) {
    if (toks[j]!.pos === 'VERB' || (view.isBoundary(j) && toks[j]!.text !== ',')) return undefined;
    if (!/^(of|by|from)$/.test(toks[j]!.lower)) continue;
    const m = view.keyed.find((x) => x.from > j && x.from <= j + 3);
    if (m && view.typeOf(m.key!) !== 'Country' && view.typeOf(m.key!) !== 'Place') return m;
  }
  return undefined;
}

/**
 * The law a finding at v strikes down: "ruled that the X Act was unconstitutional", "declared
 * the X Act void", "found the X Law illegal".
 */
function voidedLaw(view: SentenceView, v: number): MentionRec | undefined {
  const toks = view.toks;
  let k = v + 1;
  // ("ruled on Tuesday that …": a time phrase may come first)
  const that = toks.findIndex((x, i) => i > v && i <= v + 5 && x.lower === 'that');
  if (that > 0 && toks.slice(v + 1, that).every((x) => x.pos !== 'VERB' && !view.mentionAt(v + 1)))
    k = that + 1;
  if (toks[k]?.lower === 'the') k++;
  const law = view.mentionAt(k);
  if (!law?.key || law.from !== k || view.typeOf(law.key) !== 'Law') return undefined;
  let j = law.to;
  if (/^(was|is|were|are|had|has)$/.test(toks[j]?.lower ?? '')) j++;
  if (toks[j]?.lower === 'been') j++;
  while (toks[j]?.pos === 'ADV') j++;
  return VOIDING.test(toks[j]?.lower ?? '') ? law : undefined;
}

/**
 * The law a court verb at v strikes down or upholds: "struck down (key sections of) the X Act",
 * "annulled articles of the X Act", "upheld (the constitutionality of) the X Act". A whole law
 * struck down is the verb table's (`strike down`, `annul` → RULED_AGAINST); here only its
 * parts, and upholding, which is support only for a law.
 */
function lawRuledOn(
  view: SentenceView,
  v: number,
): { law: MentionRec; upheld: boolean } | undefined {
  const toks = view.toks;
  const lemma = toks[v]!.lemma;
  const upheld = lemma === 'uphold';
  let k = v + 1;
  if (lemma === 'strike' && toks[k]?.lower === 'down') k++;
  else if (!upheld && !STRIKING.has(lemma)) return undefined;
  let j = k;
  while (j < k + 4 && /^(DET|ADJ|NUM|ADV)$/.test(toks[j]?.pos ?? '')) j++;
  let part = false;
  if (LAW_PARTS.test(toks[j]?.lower ?? '') && toks[j + 1]?.lower === 'of') {
    part = true;
    j += 2;
    while (toks[j]?.pos === 'DET') j++;
  }
  // (a whole law struck down is the verb table's)
  if (!upheld && !part) return undefined;
  const law = view.mentionAt(j);
  if (!law?.key || law.from !== j || view.typeOf(law.key) !== 'Law') return undefined;
  return { law, upheld };
}
