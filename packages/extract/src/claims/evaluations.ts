import type { MentionRec } from '../model';
import { isBench } from '../relations/bench';
import { isPassive, sharedSubject, subjectOf } from '../relations/clauses';
import type { SentenceView } from '../relations/sentence-view';
import type { RawRelation } from '../relations/types';
import type { SpeechFrame } from './modality';
import { negatedVerb } from './cues';

const MODALS = /^(may|might|could|would|should|can|cannot)$/;

/** Verbs that report wrongdoing: saying someone did them is accusing them. */
const WRONGDOING = new Set([
  'ignore',
  'violate',
  'defy',
  'flout',
  'breach',
  'abuse',
  'torture',
  'kill',
  'murder',
  'steal',
  'bribe',
  'smuggle',
  'lie',
  'cheat',
  'collude',
  'embezzle',
  'launder',
  'traffic',
  'threaten',
  'persecute',
  'stigmatize',
  'stigmatise',
  'harass',
  'intimidate',
  'mislead',
  'deceive',
  'fabricate',
  'falsify',
  'extort',
  'kidnap',
  'rig',
]);

/** Words that make "called X …" a criticism (also of an act: "called the arrest a travesty"). */
export const NEGATIVE_EVALUATIONS = new Set([
  'troublesome',
  'problematic',
  'concerning',
  'illegal',
  'unlawful',
  'unconstitutional',
  'outrageous',
  'unacceptable',
  'shameful',
  'disgraceful',
  'absurd',
  'dangerous',
  'irresponsible',
  'reckless',
  'cruel',
  'inhumane',
  'racist',
  'corrupt',
  'illegitimate',
  'disgrace',
  'threat',
  'insult',
  'farce',
  'sham',
  'slur',
  'scandalous',
  'appalling',
  'deplorable',
  'arbitrary',
  'abusive',
  'political',
  'lawless',
  'travesty',
  'mockery',
  'injustice',
  'persecution',
  'kidnapping',
  'politically',
  'attack',
  'abduction',
  'outrage',
  'violation',
  'witch',
  'unjust',
  'baseless',
  'unfair',
  'biased',
  'flawed',
  'hasty',
  'disproportionate',
  'selective',
  'excessive',
  'harsh',
  'draconian',
  'repressive',
  'brutal',
  'barbaric',
  'inhuman',
  'degrading',
  'grotesque',
  'parody',
  'charade',
  'whitewash',
  'miscarriage',
  'vendetta',
  'revenge',
  'vindictive',
  'betrayal',
  'humiliation',
  'disaster',
  'catastrophe',
  'failure',
  'mistake',
  'setback',
  'shocking',
  'alarming',
  'troubling',
  'disturbing',
  'chilling',
  'horrific',
  'atrocious',
  'egregious',
  'flagrant',
  'regrettable',
  'unfounded',
  'groundless',
  'fabricated',
  'ridiculous',
  'nonsense',
  'propaganda',
  'smear',
  'defamatory',
  'provocation',
  'interference',
  'blackmail',
]);
/** Words that make "called X …" praise: "called the verdict historic". */
export const POSITIVE_EVALUATIONS = new Set([
  'historic',
  'landmark',
  'victory',
  'milestone',
  'vindication',
  'triumph',
  'breakthrough',
  'courageous',
  'brave',
  'commendable',
  'exemplary',
  'heroic',
  'encouraging',
  'success',
]);
const EVALUATING = new Set(['call', 'describe', 'deem', 'brand', 'label', 'term']);

/**
 * What the words after a form of "be" at k say of its subject: "… was politically motivated"
 * criticises, "… is historic" praises, "… was not unfair" says neither.
 */
export function judgedAfterBe(view: SentenceView, k: number): 'criticize' | 'support' | undefined {
  const said = view.toks.slice(k + 1, k + 5);
  if (said.some((x) => /^(not|never|n't)$/.test(x.lower))) return undefined;
  if (said.some((x) => NEGATIVE_EVALUATIONS.has(x.lower))) return 'criticize';
  if (said.some((x) => POSITIVE_EVALUATIONS.has(x.lower))) return 'support';
  return undefined;
}

type KeyOf = (m: MentionRec | undefined) => string | undefined;

/**
 * Stances stated by evaluation: a speaker who says that X ignored, violated or
 * lied accuses X (ACCUSED_OF); someone who calls X "illegal" or "troublesome"
 * criticises X (CRITICIZED). The act of accusing or criticising is asserted.
 */
export function evaluationRelations(
  view: SentenceView,
  frames: SpeechFrame[],
  keyOf: KeyOf,
): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = view.toks;
  const sent = view.sentence.index;
  for (const frame of frames) {
    const speaker = frame.speaker;
    // (an unnamed speaker's accusation has no subject to record)
    if (frame.modality !== 'claimed' || !speaker) continue;
    // a judge or court reporting what the court found ("said the court had found that …")
    // rules; it does not accuse
    if (
      isBench(view, speaker) &&
      toks.slice(frame.from, frame.to).some((t) => t.pos === 'VERB' && FINDING.has(t.lemma))
    )
      continue;
    for (let w = frame.from; w < frame.to; w++) {
      const t = toks[w]!;
      if (t.pos !== 'VERB' || !WRONGDOING.has(t.lemma)) continue;
      // ("had not been convicted", "may not do so by stigmatizing": no wrongdoing is said; "among
      // those killed" names the victims, not the doer)
      if (negatedVerb(toks, w) || toks.slice(frame.from, w).some((x) => MODALS.test(x.lower)))
        continue;
      if (toks[w - 1]?.lower === 'those') continue;
      // "exiles had been threatened": a passive names its doer only after "by"
      const passive = isPassive(view, w);
      const agent = passive ? byAgent(view, w, frame.to) : undefined;
      if (passive && !agent) continue;
      const inScope = agent ? [agent] : view.mentionsIn(frame.from, w);
      // "the Trump administration" is the doer, not the "Trump" inside it
      const outermost = inScope.filter(
        (m) =>
          !inScope.some(
            (o) => o !== m && o.from <= m.from && o.to >= m.to && o.to - o.from > m.to - m.from,
          ),
      );
      // ("the clan has recruited workers and bribed officers": the doer is the subject of the
      // verbs, not the object before "and")
      const found = agent ? undefined : sharedSubject(view, w);
      // ("the Trump administration had ignored …": the administration, not "Trump" inside it)
      const subject = found
        ? (outermost.find((m) => m.from <= found.from && m.to >= found.to) ?? found)
        : undefined;
      const doer = agent
        ? agent
        : subject && subject.from >= frame.from
          ? subject
          : [...outermost]
              .reverse()
              .find((m) => !view.inPP(m) && !view.isPossessor(m) && m.key !== speaker);
      const dk = keyOf(doer);
      if (!doer || !dk || dk === speaker) continue;
      // a gang said to kill, a crowd or a place: what the story reports, no one accused of it
      if (/^(CriminalOrganization|Group|Place)$/.test(view.typeOf(dk) ?? '')) continue;
      out.push({
        subject: speaker,
        // ("said the trial court had ignored evidence": a court is criticised, not accused)
        predicate: view.typeOf(dk) === 'Court' ? 'CRITICIZED' : 'ACCUSED_OF',
        object: dk,
        sent,
        from: Math.min(frame.at, doer.from),
        to: w + 1,
        trigger: frame.at,
        rule: 'speech-accusation',
        confidence: 0.6,
        static: true,
        qualifiers: { verb: t.lemma },
      });
      break;
    }
  }
  // "X said the ruling was politically motivated": the speaker judges what the subject stands for
  for (const frame of frames) {
    const speaker = frame.speaker;
    // ("X did not say the ruling was unfair")
    if (frame.modality !== 'claimed' || !speaker || negatedVerb(toks, frame.at)) continue;
    for (const m of view.keyed) {
      if (m.from < frame.from || m.to >= frame.to || m.key === speaker) continue;
      // ("said it was arbitrary": "it" is rarely a country, more often an act never named)
      if (m.kind === 'pronoun' && view.typeOf(m.key!) === 'Country') continue;
      // ("the Red Hand gang was …": the kind noun after the name)
      const be = toks[m.to]?.pos === 'NOUN' ? m.to + 1 : m.to;
      if (toks[be]?.lemma !== 'be' || m !== subjectOf(view, be).mention) continue;
      const judged = judgedAfterBe(view, be);
      const negative = judged === 'criticize';
      const mk = keyOf(m);
      if (!judged || !mk) continue;
      out.push({
        subject: speaker,
        predicate: negative ? 'CRITICIZED' : 'SUPPORTED',
        object: mk,
        sent,
        from: Math.min(frame.at, m.from),
        to: be + 1,
        trigger: frame.at,
        rule: negative ? 'evaluation-said' : 'evaluation-said-praise',
        confidence: 0.55,
        static: true,
        qualifiers: { verb: toks[frame.at]!.lemma },
      });
    }
  }
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    if (t.pos !== 'VERB' || !EVALUATING.has(t.lemma)) continue;
    const said = toks.slice(v + 1, v + 16);
    const negative = said.some((x) => NEGATIVE_EVALUATIONS.has(x.lower));
    const positive = !negative && said.some((x) => POSITIVE_EVALUATIONS.has(x.lower));
    if (!negative && !positive) continue;
    const subject = sharedSubject(view, v);
    const target = view.mentions.find((m) => m.key && m.from > v && m.from <= v + 4);
    const sk = keyOf(subject);
    const tk = keyOf(target);
    if (!subject || !target || !sk || !tk || sk === tk) continue;
    out.push({
      subject: sk,
      predicate: negative ? 'CRITICIZED' : 'SUPPORTED',
      object: tk,
      sent,
      from: Math.min(subject.from, v),
      to: target.to,
      trigger: v,
      rule: negative ? 'evaluation' : 'evaluation-praise',
      confidence: 0.6,
      event: true,
      qualifiers: { verb: t.lemma },
    });
  }
  return out;
}

const FINDING = new Set(['find', 'rule', 'conclude', 'establish', 'determine', 'prove']);

/** The agent of a passive verb: the first mention after "by" right behind it. */
function byAgent(view: SentenceView, v: number, end: number): MentionRec | undefined {
  for (let k = v + 1; k < Math.min(end, v + 4); k++) {
    if (view.lowers[k] !== 'by') continue;
    const m = view.keyed.find((x) => x.from > k && x.from <= k + 3 && x.from < end);
    return m;
  }
  return undefined;
}
