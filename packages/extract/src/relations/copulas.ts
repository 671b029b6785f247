import type { MentionRec } from '../model';
import { matchRole } from '../lexicon/roles';
import { accusedGerundStance, subjectOf } from './clauses';
import type { SentenceView } from './sentence-view';
import type { KeyOf } from './svo';
import type { RawRelation } from './types';

/**
 * "X is the president of Y", "X were members of Y", "X is part of Y",
 * "X is located in Y": relations stated with a form of "be".
 */
export function copulaRelations(view: SentenceView, keyOf: KeyOf): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    // ("been part of": the tagger reads "part" as a verb)
    if (
      (t.lemma !== 'be' && t.lower !== 'being') ||
      (toks[v + 1]?.pos === 'VERB' && toks[v + 1]!.lower !== 'part')
    )
      continue;
    let k = v + 1;
    while (
      k < toks.length &&
      /^(not|no|longer|still|also|now|already|never|n't|then|once|previously|formerly)$/.test(
        toks[k]!.lower,
      )
    )
      k++;
    while (k < toks.length && /^(DET|ADJ|NUM)$/.test(toks[k]!.pos) && !view.mentionAt(k)) k++;
    const words = view.lowers;
    const role = matchRole(words, k);
    let predicate = role?.spec.predicate;
    let len = role?.length ?? 0;
    // "part of", "a member of", "a senior figure in", "an operative of"
    if (!role && /^(part|members?|figures?|operatives?)$/.test(words[k] ?? '')) {
      predicate = 'MEMBER_OF';
      len = 1;
    }
    if (!predicate) continue;
    const of = toks[k + len];
    if (!of || !/^(of|for|at|in)$/.test(of.lower)) continue;
    let j = k + len + 1;
    while (j < toks.length && toks[j]!.pos === 'DET' && !view.mentionAt(j)) j++;
    const object: MentionRec | undefined = view.mentionAt(j);
    let subject = subjectOf(view, v).mention;
    // "X denied being a member of Y", "X admits being the leader of Y": the gerund's
    // subject is the subject of the verb it complements
    if (!subject && t.lower === 'being') {
      let g = v - 1;
      while (g >= 0 && toks[g]!.pos === 'ADV') g--;
      if (toks[g]?.pos === 'VERB') subject = subjectOf(view, g).mention;
    }
    const sk = keyOf(subject);
    const ok = keyOf(object);
    if (!subject || !object || !sk || !ok || sk === ok) continue;
    const alleged = t.lower === 'being' ? accusedGerundStance(view, v, keyOf) : undefined;
    const clauseFrom = view.isRelativePronoun(view.clauseStart(v) - 1)
      ? view.clauseStart(v) - 1
      : undefined;
    out.push({
      subject: sk,
      predicate,
      object: ok,
      sent: view.sentence.index,
      from: Math.min(subject.from, v),
      to: object.to,
      trigger: v,
      rule: 'copula',
      confidence: 0.75,
      ...(role ? { qualifiers: { role: role.spec.role } } : {}),
      ...(clauseFrom !== undefined ? { clauseFrom } : {}),
      ...(alleged ? { fixed: alleged } : {}),
    });
  }
  return out;
}
