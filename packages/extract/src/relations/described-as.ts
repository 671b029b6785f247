import type { MentionRec } from '../model';
import { matchRole } from '../lexicon/roles';
import type { SentenceView } from './sentence-view';
import type { KeyOf } from './svo';
import type { RawRelation } from './types';

/** Verbs that give someone a description: "whom police describe as …". */
const DESCRIBING = /^(describe|call|consider|identify|name|label|brand|regard)$/;

/**
 * An office someone else gives a person in a relative clause: "X, whom police describe as the
 * leader of the Iron Saints," and "X, whom prosecutors call the gang's leader," say only that
 * police or prosecutors claim it. The office is read from its role noun (`roles.ts`); the claim
 * is the speaker's, or an allegation the narrator reports when the speaker is unnamed.
 */
export function describedAsRelations(view: SentenceView, keyOf: KeyOf): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  for (let w = 1; w < toks.length - 4; w++) {
    // (', whom', and ',” whom' after a quoted nickname)
    const comma = /^["”']$/.test(toks[w - 1]!.text) ? toks[w - 2] : toks[w - 1];
    if (toks[w]!.lower !== 'whom' || comma?.text !== ',') continue;
    // ("X, 38, known as "Dread," whom …": past an age or a nickname to the person)
    const person = view.keyed
      .filter(
        (m) =>
          m.to < w &&
          m.to >= w - 12 &&
          view.typeOf(m.key!) === 'Person' &&
          !/^["“'‘]$/.test(toks[m.from - 1]?.text ?? ''),
      )
      .at(-1);
    const pk = keyOf(person);
    if (!person || !pk) continue;
    // the describing verb, after its subject
    let v = w + 1;
    while (v < Math.min(toks.length, w + 8) && !DESCRIBING.test(toks[v]!.lemma)) v++;
    if (v >= toks.length || toks[v]!.pos !== 'VERB') continue;
    const speaker = view.mentionsIn(w + 1, v).at(-1);
    let k = toks[v + 1]?.lower === 'as' ? v + 2 : v + 1;
    if (/^(the|a|an)$/.test(toks[k]?.lower ?? '')) k++;
    // "the gang's leader": the owner before the role noun
    const owner = view.mentionAt(k);
    const possessive = !!owner && /^['’]s$/.test(toks[owner.to]?.text ?? '');
    if (possessive) k = owner!.to + 1;
    while (toks[k]?.pos === 'ADJ') k++;
    const role = matchRole(
      toks.slice(k, k + 3).map((t) => t.lower),
      0,
    );
    if (!role) continue;
    let body: MentionRec | undefined = possessive ? owner : undefined;
    const after = k + role.length;
    if (!body && toks[after]?.lower === 'of') {
      const at = toks[after + 1]?.lower === 'the' ? after + 2 : after + 1;
      body = view.mentionAt(at);
    }
    const bk = keyOf(body);
    if (!bk || bk === pk) continue;
    const sk = keyOf(speaker);
    out.push({
      subject: pk,
      predicate: role.spec.predicate,
      object: bk,
      sent: view.sentence.index,
      from: person.from,
      to: Math.max(body!.to, k + role.length),
      trigger: v,
      rule: 'described-as',
      confidence: 0.6,
      static: true,
      fixed: sk
        ? { modality: 'claimed', attributedTo: sk }
        : { modality: 'alleged', attributedTo: null },
      qualifiers: { role: role.spec.role },
    });
  }
  return out;
}
