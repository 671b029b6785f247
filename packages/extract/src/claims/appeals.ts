import type { Predicate } from '@news-kg/schema';
import type { MentionRec } from '../model';
import { subjectOrShared } from '../relations/clauses';
import type { SentenceView } from '../relations/sentence-view';
import type { RawRelation } from '../relations/types';
import { negatedVerb } from './cues';

type KeyOf = (m: MentionRec | undefined) => string | undefined;

/** Verbs that ask someone else to act: "urged Thailand to release X", "called on Y to halt …". */
const APPEAL_VERBS = new Set(['urge', 'press', 'ask', 'implore', 'exhort']);
/** Acts an appeal asks for that take the side of their patient. */
const FREEING = new Set(['release', 'free', 'pardon', 'acquit']);
/**
 * Acts an appeal asks for that reproach whoever is doing the thing to stop or undo it ("urged
 * X to lift the ban", "to withdraw the charges"), or to leave office ("to resign").
 */
const HALTING = new Set([
  'halt',
  'stop',
  'end',
  'suspend',
  'reverse',
  'cease',
  'drop',
  'abandon',
  'lift',
  'withdraw',
  'repeal',
  'scrap',
  'rescind',
  'revoke',
  'resign',
]);

/**
 * Stances taken through an appeal or a reaction:
 * - "urged Thailand to release X", "called for X's release", "demanded the release of X":
 *   the speaker SUPPORTED X;
 * - "urged the Dominican Republic to halt deportations": the speaker CRITICIZED the one asked.
 * (Reactions such as "dismayed by the sentence" are criticism phrases, see criticism-phrases.)
 */
export function appealRelations(view: SentenceView, keyOf: KeyOf): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  const push = (
    speaker: MentionRec,
    predicate: Predicate,
    target: MentionRec | undefined,
    v: number,
    rule: string,
  ): void => {
    const s = keyOf(speaker);
    const o = keyOf(target);
    if (!s || !o || s === o || !target) return;
    out.push({
      subject: s,
      predicate,
      object: o,
      sent: view.sentence.index,
      from: Math.min(speaker.from, v),
      to: Math.max(target.to, v + 1),
      trigger: v,
      rule,
      confidence: 0.6,
      event: true,
      static: true,
      qualifiers: { verb: toks[v]!.lemma },
    });
  };
  const keyedAt = (from: number, to: number): MentionRec | undefined =>
    view.keyed.find((m) => m.from >= from && m.from < to);
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    const lemma = t.lemma;
    const verb = t.pos === 'VERB';
    const callOn = lemma === 'call' && toks[v + 1]?.lower === 'on';
    if (!verb || negatedVerb(toks, v)) continue;
    if (APPEAL_VERBS.has(lemma) || callOn) {
      // "urged X to release Y" / "called on X to halt deportations"
      const asked = keyedAt(v + (callOn ? 2 : 1), v + (callOn ? 6 : 5));
      if (!asked) continue;
      let to = asked.to;
      while (to < toks.length && toks[to]!.lower !== 'to' && to < asked.to + 3) to++;
      const act = toks[to + 1];
      if (toks[to]?.lower !== 'to' || !act) continue;
      const speaker = subjectOrShared(view, v);
      if (!speaker) continue;
      if (FREEING.has(act.lemma)) {
        push(speaker, 'SUPPORTED', keyedAt(to + 2, to + 5), v, 'appeal-release');
      } else if (
        (HALTING.has(act.lemma) ||
          // "called on X to step down / step aside"
          (act.lemma === 'step' && /^(down|aside)$/.test(toks[to + 2]?.lower ?? ''))) &&
        lemma !== 'ask' &&
        // asking a court to suspend a sentence is a legal request, not a reproach
        view.typeOf(asked.key ?? '') !== 'Court'
      ) {
        push(speaker, 'CRITICIZED', asked, v, 'appeal-halt');
      }
      continue;
    }
    if (/^(call|demand|seek)$/.test(lemma)) {
      // "called for her immediate release", "demanded the release of X", "X's release"
      let k = v + 1;
      if (lemma === 'call') {
        if (toks[k]?.lower !== 'for') continue;
        k++;
      }
      const end = Math.min(toks.length, k + 6);
      const release = toks.slice(k, end).findIndex((x) => FREEING.has(x.lemma) && x.pos === 'NOUN');
      if (release < 0) continue;
      const r = k + release;
      const patient = toks[r + 1]?.lower === 'of' ? keyedAt(r + 2, r + 4) : keyedAt(k, r);
      // ("X condemned the detention and called for her release", "X said … and called for")
      const speaker = subjectOrShared(view, v);
      if (speaker) push(speaker, 'SUPPORTED', patient, v, 'appeal-release');
      continue;
    }
  }
  return out;
}
