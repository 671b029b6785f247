import type { MentionRec } from '../model';
import { negatedVerb } from '../claims/cues';
import { countryByDemonym } from '../lexicon/countries';
import { subjectOf } from './clauses';
import type { SentenceView } from './sentence-view';
import type { KeyOf } from './svo';
import type { RawRelation } from './types';

/** Verbs by which a state asks for someone: "requested / sought / renewed … the extradition". */
const ASKING = new Set(['request', 'seek', 'demand', 'want', 'file', 'submit', 'renew']);
/** Who can ask for an extradition. */
const REQUESTERS = /^(Country|Government|Court|Person)$/;

/**
 * Requests for someone's extradition: "Belarus requested the extradition of X", "Y sought X's
 * extradition on suspicion of fraud", "Minsk's request for his extradition", "two Algerian
 * requests for his extradition", "asked Lithuania to extradite X". The state that asks is
 * RELATED_TO the person (verb "request extradition"), or ACCUSED_OF them when it asks "on
 * suspicion of" a crime. Whether the extradition happens is the verb table's and the frames'.
 */
export function extraditionRequests(view: SentenceView, keyOf: KeyOf): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  const push = (requester: MentionRec | undefined, wanted: MentionRec, at: number): void => {
    const rk = keyOf(requester);
    const wk = keyOf(wanted);
    if (!requester || !rk || !wk || rk === wk) return;
    if (!REQUESTERS.test(view.typeOf(rk) ?? '') || view.typeOf(wk) !== 'Person') return;
    const from = Math.min(requester.from, wanted.from, at);
    const to = Math.max(requester.to, wanted.to, at + 1);
    const base = { subject: rk, object: wk, sent: view.sentence.index, from, to, trigger: at };
    // (asking "on suspicion of" a crime is an accusation, the more specific reading)
    out.push(
      suspicion(view, wanted.to)
        ? { ...base, predicate: 'ACCUSED_OF', rule: 'extradition-request', confidence: 0.55 }
        : {
            ...base,
            predicate: 'RELATED_TO',
            rule: 'extradition-request',
            confidence: 0.6,
            event: true,
            qualifiers: { verb: 'request extradition' },
          },
    );
  };
  for (let n = 0; n < toks.length; n++) {
    const t = toks[n]!;
    // "asked Lithuania (on Thursday) to extradite X"
    if (t.lemma === 'extradite' && toks[n - 1]?.lower === 'to' && !negatedVerb(toks, n)) {
      const asked = view.keyed.findLast((m) => m.to <= n - 1 && m.to >= n - 4);
      const ask = asked ? toks[asked.from - 1] : undefined;
      const wanted = view.keyed.find((m) => m.from > n && m.from <= n + 2);
      if (ask?.pos === 'VERB' && /^(ask|urge|press|call)$/.test(ask.lemma) && wanted)
        // (the asking happened, whatever the extradition it asks for: its verb is the trigger)
        push(subjectOf(view, asked!.from - 1).mention, wanted, asked!.from - 1);
      continue;
    }
    if (t.lower !== 'extradition' || t.pos !== 'NOUN') continue;
    const wanted = extraditee(view, n);
    if (!wanted) continue;
    // "Minsk's request for his extradition", "two Algerian requests for the extradition of X"
    let r = n - 1;
    while (r >= 0 && /^(DET|ADJ|NUM)$/.test(toks[r]!.pos) && !view.mentionAt(r)) r--;
    if (/^['’]s$/.test(toks[r]?.text ?? '') || view.mentionAt(r)?.kind === 'pronoun') r--;
    while (r >= 0 && view.mentionAt(r) && view.mentionAt(r)!.from < r) r--;
    if (toks[r]?.lower === 'for' && /^requests?$/.test(toks[r - 1]?.lower ?? '')) {
      push(requesterOfRequest(view, r - 1), wanted, r - 1);
      continue;
    }
    // "Belarus requested the extradition of X", "sought X's extradition"
    for (let v = n - 1; v >= Math.max(0, n - 6); v--) {
      const verb = toks[v]!;
      if (verb.pos !== 'VERB') continue;
      if (ASKING.has(verb.lemma) && !negatedVerb(toks, v))
        push(subjectOf(view, v).mention, wanted, v);
      break;
    }
  }
  return out;
}

/** Whose extradition the noun at n is: "X's extradition", "his extradition", "extradition of X". */
function extraditee(view: SentenceView, n: number): MentionRec | undefined {
  const toks = view.toks;
  if (toks[n + 1]?.lower === 'of') {
    return view.keyed.find((m) => m.from > n + 1 && m.from <= n + 3);
  }
  if (/^['’]s$/.test(toks[n - 1]?.text ?? '')) return view.mentionEndingAt(n - 2);
  const own = view.mentionAt(n - 1);
  return own?.kind === 'pronoun' && /^(his|her|their)$/.test(toks[n - 1]!.lower) ? own : undefined;
}

/** "Minsk's request", "Algerian requests", "a request from Belarus". */
function requesterOfRequest(view: SentenceView, q: number): MentionRec | undefined {
  const toks = view.toks;
  let k = q - 1;
  while (k >= 0 && /^(DET|NUM|ADJ)$/.test(toks[k]!.pos) && !view.mentionAt(k)) k--;
  if (/^['’]s$/.test(toks[k]?.text ?? '')) return view.mentionEndingAt(k - 1);
  const before = view.mentionAt(k);
  if (before?.key && (before.kind === 'demonym' || !!countryByDemonym(toks[k]!.text)))
    return before;
  return undefined;
}

/** "… on suspicion of money laundering" right after the person. */
function suspicion(view: SentenceView, k: number): boolean {
  const words = view.toks.slice(k, k + 6).map((t) => t.lower);
  const on = words.indexOf('on');
  return on >= 0 && words[on + 1] === 'suspicion';
}
