import type { SentenceView } from '../relations/sentence-view';
import type { MentionRec } from '../model';
import type { SpeechFrame } from './modality';
import { ACCUSING, type SpeechActCue } from './speech-acts';

type KeyOf = (m: MentionRec | undefined) => string | undefined;

/** "my client", "her client": a lawyer speaking of the person represented. */
const CLIENT = /^(my|our|his|her|their)$/;
/** The speaker in direct speech ("'I never …,' X said"). */
const FIRST_PERSON = /^(i|we)$/;
/**
 * The speaker in reported speech ("X said he had …"), and in direct speech someone else: for
 * a lawyer, the client ("'He has never …,' his lawyer said").
 */
const THIRD_PERSON = /^(he|she|they|it)$/;

/**
 * A denial of guilt starts at token k: "had nothing to do with", "has nothing to hide", "did
 * nothing wrong", "is innocent", "is not guilty", "never received …", "has no links to …".
 */
function denialAt(view: SentenceView, k: number): boolean {
  const l = view.lowers;
  const w = l[k];
  if (w === 'nothing')
    return (
      (l[k + 1] === 'to' && (l[k + 2] === 'do' || l[k + 2] === 'hide')) || l[k + 1] === 'wrong'
    );
  if (w === 'innocent') return view.toks[k - 1]?.lemma === 'be';
  if (w === 'not' && l[k + 1] === 'guilty') return view.toks[k - 1]?.lemma === 'be';
  if (w === 'never')
    return view.toks.slice(k + 1, k + 3).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (w === 'no') return /^(links?|ties|connection|involvement|part|role)$/.test(l[k + 1] ?? '');
  return false;
}

/**
 * Denials in a speaker's own words, with no verb of denial: "'My client never received a cent,'
 * his lawyer said", "X said he had nothing to do with the attack", "'I am innocent,' X said".
 * The clause must be about the speaker or, for a lawyer, the client: whoever accused that
 * person (resolved later among the article's relations) is denied by the speaker.
 */
export function selfDenials(
  view: SentenceView,
  frames: readonly SpeechFrame[],
  keyOf: KeyOf,
): SpeechActCue[] {
  const out: SpeechActCue[] = [];
  const toks = view.toks;
  for (const f of frames) {
    if (f.modality !== 'claimed' || !f.speaker) continue;
    const direct = f.rule === 'quotation' || f.rule === 'quote-speaker';
    for (let k = f.from; k < f.to; k++) {
      if (!denialAt(view, k)) continue;
      // the clause's subject, just before the denial and its auxiliaries
      let s = k - 1;
      while (s >= f.from && /^(AUX|ADV|PART)$/.test(toks[s]!.pos) && toks[s]!.lower !== 'never')
        s--;
      if (toks[s]?.lemma === 'be' || toks[s]?.lemma === 'have' || toks[s]?.lemma === 'do') s--;
      if (s < f.from) break;
      const word = toks[s]!.lower;
      let accused: SpeechActCue['accused'];
      if (word === 'client' && CLIENT.test(toks[s - 1]?.lower ?? '')) accused = 'client';
      else if (FIRST_PERSON.test(word)) accused = direct ? f.speaker : undefined;
      else if (THIRD_PERSON.test(word)) accused = direct ? 'client' : 'self-or-client';
      else {
        const named = keyOf(view.mentionEndingAt(s));
        if (named === f.speaker) accused = 'self-or-client';
        else if (named) accused = named;
      }
      if (!accused) break;
      out.push({
        kind: 'deny',
        subject: f.speaker,
        sent: view.sentence.index,
        from: Math.min(f.from, f.at),
        to: Math.max(f.to, f.at + 1),
        trigger: k,
        answers: ACCUSING,
        accused,
        verb: 'deny',
      });
      break;
    }
  }
  return out;
}
