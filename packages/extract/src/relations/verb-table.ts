import type { Predicate } from '@news-kg/schema';

/**
 * Verb lemma → predicate. `direct` relates the subject to the direct object;
 * `pp[prep]` relates the subject to the object of a preposition; `objPP[prep]`
 * relates the direct object (or, in the passive, the surface subject) to the
 * object of a preposition. Verbs that are not listed still yield a
 * `RELATED_TO` with `qualifiers.verb` when they join two named entities.
 * The README reproduces this table.
 */
export interface VerbSpec {
  direct?: Predicate;
  pp?: Record<string, Predicate>;
  objPP?: Record<string, Predicate>;
  /** The direct object is followed by what it is designated as ("declared X a terrorist group"). */
  designation?: boolean;
  /** Only with a lethal cue: "fatally shot", "shot … dead / to death", "shot and killed". */
  lethal?: boolean;
  /** `pp` objects must be prisons: "spent two years in Vardo prison", not "in Paris". */
  prisonOnly?: boolean;
  /** A second predicate the same verb states between the same two ("convicted": ruled against, and sentenced). */
  alsoDirect?: Predicate;
  /** What the verb states of the direct object when a court does it ("the court jailed X": sentenced). */
  courtDirect?: Predicate;
}

/** One entry per space-separated lemma; phrasal verbs ("strike down") are separated by "|". */
const spec = (lemmas: string, value: VerbSpec): [string, VerbSpec][] =>
  lemmas
    .split(lemmas.includes('|') ? '|' : ' ')
    .filter(Boolean)
    .map((l) => [l, value]);

export const VERB_TABLE: ReadonlyMap<string, VerbSpec> = new Map<string, VerbSpec>([
  ...spec('invoke cite apply use', { direct: 'INVOKED' }),
  ...spec('issue', { direct: 'SIGNED' }),
  ...spec('strike down|strike off', { direct: 'RULED_AGAINST' }),
  ...spec('hand over|turn over', { direct: 'EXTRADITED', objPP: { to: 'EXTRADITED_TO' } }),
  ...spec('take in|take back', { direct: 'RECEIVED' }),
  ...spec('lock up|lock in', { objPP: { in: 'HELD_IN', at: 'HELD_IN' } }),
  ...spec('sign enact pass adopt approve', { direct: 'SIGNED', pp: { with: 'AGREEMENT_WITH' } }),
  // only a law as object is kept (SIGNED takes Law objects)
  ...spec('approve adopt ratify promulgate', { direct: 'SIGNED' }),
  ...spec('deport expel', { direct: 'DEPORTED', objPP: { to: 'DEPORTED_TO' } }),
  ...spec('send fly ship', { objPP: { to: 'DEPORTED_TO' } }),
  ...spec('transfer move relocate take ferry transport airlift escort bus drive bring', {
    objPP: { to: 'TRANSFERRED_TO' },
  }),
  ...spec('extradite', { direct: 'EXTRADITED', objPP: { to: 'EXTRADITED_TO' } }),
  ...spec('arrest capture apprehend', { direct: 'ARRESTED' }),
  ...spec('detain', { direct: 'ARRESTED', objPP: { in: 'HELD_IN', at: 'HELD_IN' } }),
  // "died in custody at X prison": whoever died in a prison was held there
  ...spec('die', { pp: { in: 'HELD_IN', at: 'HELD_IN' }, prisonOnly: true }),
  ...spec('spend serve remain languish', {
    pp: { in: 'HELD_IN', at: 'HELD_IN' },
    prisonOnly: true,
  }),
  ...spec('imprison jail', {
    objPP: { in: 'HELD_IN', at: 'HELD_IN', inside: 'HELD_IN' },
    courtDirect: 'SENTENCED',
  }),
  ...spec('hold incarcerate keep confine lock intern remand', {
    objPP: { in: 'HELD_IN', at: 'HELD_IN', inside: 'HELD_IN' },
  }),
  ...spec('receive accept', { direct: 'RECEIVED' }),
  ...spec('designate declare label brand classify list', {
    direct: 'DESIGNATED_AS',
    designation: true,
  }),
  ...spec('accuse blame', { direct: 'ACCUSED_OF' }),
  ...spec('charge indict prosecute arraign', { direct: 'CHARGED' }),
  ...spec('deny reject dismiss refute rebuff', { direct: 'DENIED' }),
  ...spec(
    'criticize criticise condemn denounce slam blast decry lambast rebuke castigate censure attack chide challenge oppose',
    { direct: 'CRITICIZED' },
  ),
  ...spec('support praise defend back endorse hail welcome applaud laud', { direct: 'SUPPORTED' }),
  ...spec('sue', { direct: 'SUED' }),
  ...spec('sentence', { direct: 'SENTENCED' }),
  // a conviction rules against the person, and a court that convicts passes sentence
  ...spec('convict', { direct: 'RULED_AGAINST', alsoDirect: 'SENTENCED' }),
  ...spec('block overturn annul invalidate quash nullify', { direct: 'RULED_AGAINST' }),
  ...spec('rule', { pp: { against: 'RULED_AGAINST' } }),
  ...spec('hire retain employ recruit', { direct: 'HIRED' }),
  ...spec('sanction blacklist', { direct: 'SANCTIONED' }),
  ...spec('meet', { direct: 'MET_WITH', pp: { with: 'MET_WITH' } }),
  ...spec('talk', { pp: { with: 'MET_WITH' } }),
  ...spec('kill murder assassinate execute slay', { direct: 'KILLED' }),
  ...spec('shoot', { direct: 'KILLED', lethal: true }),
  ...spec('gun down|shoot down|cut down', { direct: 'KILLED', lethal: true }),
  ...spec('pay fund finance bribe', { direct: 'PAID' }),
  ...spec('agree negotiate', { pp: { with: 'AGREEMENT_WITH' } }),
  ...spec('ally partner cooperate collaborate', {
    pp: { with: 'AGREEMENT_WITH' },
    objPP: { with: 'AGREEMENT_WITH' },
  }),
  ...spec('lead head run chair govern command oversee', { direct: 'LEADS' }),
  // "Judge X presided over the court"; "the court, presided over by Judge X"
  ...spec('preside over|', { direct: 'JUDGE_OF' }),
  ...spec('join', { direct: 'MEMBER_OF' }),
  ...spec('belong', { pp: { to: 'MEMBER_OF' } }),
  ...spec('link tie connect affiliate', { objPP: { to: 'MEMBER_OF', with: 'MEMBER_OF' } }),
  ...spec('work', { pp: { for: 'WORKS_FOR' } }),
  ...spec('cover report write', { pp: { for: 'WORKS_FOR' } }),
  ...spec('represent', { direct: 'WORKS_FOR' }),
  ...spec('live reside stay settle', { pp: { in: 'LIVES_IN' } }),
  ...spec('operate', { pp: { in: 'LOCATED_IN' } }),
  ...spec('bear', { objPP: { in: 'LIVES_IN' } }),
  ...spec('base locate headquarter', { objPP: { in: 'LOCATED_IN' } }),
]);

/** Verbs that never yield a relation of their own (speech, modality, aspect, light verbs). */
export const NON_RELATIONAL = new Set([
  // (a court upholding a law is court-decisions'; upholding a ruling relates no two parties)
  'uphold',
  'accord',
  'say',
  'claim',
  'insist',
  'tell',
  'add',
  'state',
  'announce',
  'warn',
  'assert',
  'note',
  'underline',
  'stress',
  'explain',
  'write',
  'report',
  'suggest',
  'believe',
  'think',
  'be',
  'have',
  'do',
  'get',
  'make',
  'go',
  'come',
  'want',
  'try',
  'seek',
  'plan',
  'offer',
  'expect',
  'continue',
  'begin',
  'start',
  'stop',
  'let',
  'become',
  'seem',
  'appear',
  'consider',
  'call',
  'ask',
  'order',
  'perform',
  'spend',
  'stand',
  'rest',
  'return',
  'turn',
  'reach',
  'issue',
  'insist',
  'argue',
  'acknowledge',
  'admit',
  'confirm',
  'hope',
  'vow',
  'promise',
  'threaten',
  'refuse',
  'intend',
  'need',
  'allow',
  'help',
  'take',
  'give',
  'see',
  'know',
  'find',
  'show',
  'include',
  'describe',
  // courtesies, requests and movements: "X thanked Y", "urged Y", "left Y", "the Act obliges Y"
  'thank',
  'urge',
  'leave',
  'commit',
  'oblige',
  'obligate',
  'require',
  'remind',
  'inform',
  'brief',
]);

/** Verbs whose complement is not asserted ("offered to take in", "plans to deport"). */
export const NON_FACTIVE = new Set([
  // object control: "ordered the army to arrest X" does not say X was arrested
  'order',
  'direct',
  'instruct',
  'tell',
  'authorize',
  'authorise',
  'require',
  'offer',
  'want',
  'seek',
  'plan',
  'try',
  'hope',
  'vow',
  'promise',
  'threaten',
  'refuse',
  'intend',
  'propose',
  'aim',
  'attempt',
  'consider',
  'expect',
  'ask',
  'urge',
  'need',
  'wish',
  'would',
  'could',
  'may',
  'might',
]);
