import type { MentionRec } from '../model';
import { subjectOf } from './clauses';
import type { SentenceView } from './sentence-view';
import type { KeyOf } from './svo';
import type { RawRelation } from './types';

/** The latest group mentioned before a point of the article (for "among those detained"). */
export type LatestGroup = (sent: number, from: number, detained: boolean) => string | undefined;

/** Participles of custody: "among those detained / arrested / jailed / moved". */
const CUSTODY = /^(detain|arrest|jail|imprison|hold|transfer|move|deport|expel|extradite|charge)$/;

const COPULA = /^(is|are|was|were)$/;
/** Words that end the list of members: a relative clause or a verb says more of them. */
const LIST_END = /^(who|whom|whose|which|that|;|:)$/;

/**
 * Members named through "among", read as MEMBER_OF the group they are among:
 * - "Among them was X", "Among those detained on Monday were X and Y", "Among the four
 *   businessmen charged is X";
 * - "X was among the eleven men moved to Baisu", "X was among those killed";
 * - "23 people, among them X and Y".
 * "them" is the group its pronoun stands for; "those …" the latest group named before.
 */
export function amongRelations(
  view: SentenceView,
  keyOf: KeyOf,
  latestGroup: LatestGroup,
): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  const at = toks.findIndex((t) => t.lower === 'among');
  if (at < 0) return out;
  const typeOf = (m: MentionRec | undefined): string | undefined =>
    m?.key ? view.typeOf(m.key) : undefined;
  const isMember = (m: MentionRec | undefined): m is MentionRec =>
    !!m?.key && m.kind !== 'pronoun' && /^(Person|Group)$/.test(typeOf(m) ?? '');

  // The group: "them", "those …" or a group mention ("the four businessmen charged"); in
  // "23 people, among them X", the group named before the comma.
  const next = toks[at + 1]?.lower;
  const before = toks[at - 1]?.text === ',' ? view.mentionEndingAt(at - 2) : undefined;
  const listed = next === 'them' && typeOf(before) === 'Group';
  let group: string | undefined;
  let end = at + 2;
  if (listed) group = before!.key;
  else if (next === 'them') group = keyOf(view.mentionAt(at + 1));
  else if (next === 'those')
    group = latestGroup(view.sentence.index, at, CUSTODY.test(toks[at + 2]?.lemma ?? ''));
  else {
    let k = at + 1;
    while (toks[k] && /^(DET|NUM|ADJ)$/.test(toks[k]!.pos) && !view.mentionAt(k)) k++;
    const m = view.mentionAt(k);
    if (m?.key && typeOf(m) === 'Group') {
      group = m.key;
      end = m.to;
    }
  }
  if (!group || view.typeOf(group) !== 'Group') return out;
  const object = group;
  // the participle after "those" or the group ("those transferred on Monday", "the men moved
  // to Baisu") belongs to the phrase
  while (end < toks.length && !COPULA.test(toks[end]!.lower) && toks[end]!.text !== ',') end++;

  const push = (member: MentionRec, from: number, to: number): void => {
    const s = keyOf(member);
    if (!s || s === object) return;
    out.push({
      subject: s,
      predicate: 'MEMBER_OF',
      object,
      sent: view.sentence.index,
      from,
      to,
      trigger: at,
      rule: 'among-group',
      confidence: 0.65,
      event: false,
    });
  };
  /** Members listed from k on, until a relative clause, a verb or the end of the clause. */
  const listFrom = (k: number, from: number, people = false): void => {
    for (let j = k; j < toks.length; j++) {
      const t = toks[j]!;
      if (LIST_END.test(t.lower) || t.pos === 'VERB' || view.isBoundary(j)) break;
      const m = view.mentionAt(j);
      if (isMember(m) && m.from === j && (!people || typeOf(m) === 'Person')) {
        push(m, from, m.to);
        j = m.to - 1;
      }
    }
  };

  if (listed) {
    // ("arresting 23 people, among them customs officers": kinds of people, not members named)
    listFrom(at + 2, before!.from, true);
  } else if (at === 0 && COPULA.test(toks[end]?.lower ?? '')) {
    // "Among them was X", "Among those freed on Sunday was X"
    listFrom(end + 1, 0);
  } else if (at >= 2 && COPULA.test(toks[at - 1]!.lower)) {
    // "X was among those killed", "Vuk, who is serving …, was among the eleven men moved"
    const subject = subjectOf(view, at - 1).mention;
    if (isMember(subject)) push(subject, subject.from, end);
  }
  return out;
}
