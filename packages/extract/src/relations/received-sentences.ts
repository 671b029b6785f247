import type { EntityType } from '@news-kg/schema';
import type { RelationCandidate } from '../model';
import { negatedVerb } from '../claims/cues';
import { isPassive, subjectOf } from './clauses';
import type { SentenceView } from './sentence-view';
import type { KeyOf } from './svo';

/**
 * Sentences told from the convict's side: "X was sentenced to life in absentia", "X received
 * the longest sentence, nine years", "Y was given seven years". The court is not named in the
 * sentence; it is the court that passed sentence earlier in the article. A sentence only shows
 * the cue; `resolveReceivedSentences` finds the court among the relations so far.
 */
export interface ReceivedSentence {
  convict: string;
  sent: number;
  from: number;
  to: number;
  trigger: number;
}

const CUE_LEMMAS = /^(sentence|receive|give|hand)$/;
/** Words that make "received …" or "was given …" a prison term. */
const TERM = /^(sentence|sentences|term|years?|months?|life)$/;

export function receivedSentences(view: SentenceView, keyOf: KeyOf): ReceivedSentence[] {
  const out: ReceivedSentence[] = [];
  const toks = view.toks;
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    if (t.pos !== 'VERB' || !CUE_LEMMAS.test(t.lemma) || negatedVerb(toks, v)) continue;
    const passive = isPassive(view, v);
    const after = toks.slice(v + 1, v + 7);
    const cue =
      // "X was sentenced to …" with no court after "by"
      (t.lemma === 'sentence' && passive && !after.some((x) => x.lower === 'by')) ||
      // "X received the longest sentence", "X received 12 years"
      (t.lemma === 'receive' && !passive && after.some((x) => TERM.test(x.lower))) ||
      // "X was given / handed seven years", "a life sentence"
      (/^(give|hand)$/.test(t.lemma) && passive && after.some((x) => TERM.test(x.lower)));
    if (!cue) continue;
    // "is due to be sentenced", "will be sentenced": not passed yet
    const before = toks.slice(Math.max(0, v - 3), v).map((x) => x.lower);
    if (before.includes('to')) continue;
    if (before.some((w) => /^(will|would|could|may|might|should|must|shall)$/.test(w))) continue;
    const convict = subjectOf(view, v).mention;
    const key = keyOf(convict);
    if (!convict || !key || !/^(Person|Group)$/.test(view.typeOf(key) ?? '')) continue;
    out.push({
      convict: key,
      sent: view.sentence.index,
      from: convict.from,
      to: v + 1,
      trigger: v,
    });
  }
  return out;
}

/** Each cue's court: the subject of the latest earlier SENTENCED relation by a court. */
export function resolveReceivedSentences(
  cues: readonly ReceivedSentence[],
  candidates: readonly RelationCandidate[],
  typeOf: (key: string) => EntityType | undefined,
): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const q of cues) {
    let court: RelationCandidate | undefined;
    for (const c of candidates) {
      if (c.predicate !== 'SENTENCED' || c.modality !== 'asserted') continue;
      if (typeOf(c.subject) !== 'Court') continue;
      if (c.sent > q.sent || (c.sent === q.sent && c.from >= q.trigger)) continue;
      if (!court || c.sent > court.sent || (c.sent === court.sent && c.from > court.from))
        court = c;
    }
    if (!court || court.object === q.convict) continue;
    out.push({
      subject: court.subject,
      predicate: 'SENTENCED',
      object: q.convict,
      modality: 'asserted',
      attributedTo: null,
      date: null,
      sent: q.sent,
      from: q.from,
      to: q.to,
      rule: 'received-sentence',
      confidence: 0.55,
    });
  }
  return out;
}
