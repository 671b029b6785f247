import type { EntityType } from '@news-kg/schema';
import type { MentionRec } from '../model';
import type { Sentence, Token } from '../nlp/types';
import { CLAIM_NOUNS } from '../claims/cues';

/** What an acronym in brackets looks like: "(ICC)", "(M&A)", "(U.N.)". */
const ACRONYM_SHAPE = /^\p{Lu}[\p{Lu}\d&.-]+$/u;
const BOUNDARY_TEXT = new Set([';', ':', '"', '“', '”', '—', '–', '(', ')', '?', '!']);
const RELATIVES = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'whether',
  'because',
  'while',
  'although',
  'though',
  'if',
  'when',
  'until',
  'unless',
  'despite',
]);
export const PREPOSITIONS = new Set([
  'along',
  'through',
  'via',
  'within',
  'throughout',
  'among',
  'amid',
  'behind',
  'beyond',
  'since',
  'to',
  'in',
  'at',
  'from',
  'against',
  'with',
  'for',
  'on',
  'into',
  'as',
  'by',
  'of',
  'inside',
  'over',
  'about',
  'under',
  'between',
  'after',
  'before',
  'during',
  'near',
  'outside',
  'toward',
  'towards',
  'across',
]);
const QUANTIFIER_OF = new Set([
  'none',
  'some',
  'all',
  'many',
  'most',
  'hundreds',
  'thousands',
  'dozens',
  'several',
  'one',
  'two',
  'three',
  'each',
  'any',
  'members',
  'member',
  'scores',
  'tens',
  'millions',
]);

/** A sentence with its resolved mentions, and the token-level questions relation rules ask. */
export class SentenceView {
  readonly toks: Token[];
  /** Lower-case token texts, for role and cue lookups. */
  readonly lowers: string[];
  readonly mentions: MentionRec[];
  /** Resolved mentions in text order. */
  readonly keyed: MentionRec[];
  private readonly ppCache = new Map<MentionRec, boolean>();
  /** Rules ask the same tokens again and again: boundaries and clause starts are cached. */
  private readonly boundaryCache: (boolean | undefined)[] = [];
  private readonly clauseCache: (number | undefined)[] = [];
  private readonly at: (MentionRec | undefined)[];

  constructor(
    readonly sentence: Sentence,
    mentions: MentionRec[],
    readonly typeOf: (key: string) => EntityType | undefined,
  ) {
    this.toks = sentence.tokens;
    this.lowers = this.toks.map((t) => t.lower);
    // Keep one mention per token: resolved ones, longest first.
    this.mentions = mentions.filter((m) => m.key || m.kind === 'description');
    this.keyed = this.mentions.filter((m) => m.key).sort((a, b) => a.from - b.from || b.to - a.to);
    this.at = new Array(this.toks.length).fill(undefined);
    const ordered = [...this.mentions].sort(
      (a, b) => Number(!!b.key) - Number(!!a.key) || b.to - b.from - (a.to - a.from),
    );
    for (const m of ordered) {
      for (let k = m.from; k < m.to; k++) this.at[k] ??= m;
    }
  }

  mentionAt(k: number): MentionRec | undefined {
    return this.at[k];
  }

  /** The mention that token k belongs to, preferring a person's name over title parts. */
  isBoundary(k: number): boolean {
    if (k < 0 || k >= this.toks.length) return true;
    return (this.boundaryCache[k] ??= this.computeBoundary(k));
  }

  private computeBoundary(k: number): boolean {
    const t = this.toks[k];
    if (!t) return true;
    if (BOUNDARY_TEXT.has(t.text)) return true;
    if (RELATIVES.has(t.lower) && t.pos !== 'ADP') return !this.at[k]; // "whose government" is a mention
    if (
      t.lower === 'that' &&
      (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET') &&
      !this.at[k]
    ) {
      // "that" as a complementiser or relative pronoun, not "that prison"
      const next = this.toks[k + 1];
      return !next || next.pos !== 'NOUN';
    }
    if (RELATIVES.has(t.lower) && t.pos === 'SCONJ') return true;
    return false;
  }

  /** Is the mention governed by a preposition (so not a subject or direct object)? */
  inPP(m: MentionRec): boolean {
    const cached = this.ppCache.get(m);
    if (cached !== undefined) return cached;
    const value = this.computeInPP(m);
    this.ppCache.set(m, value);
    return value;
  }

  private computeInPP(m: MentionRec): boolean {
    // "of Springfield, Ill.": the second part of a dateline shares the first one's preposition
    const prior = this.toks[m.from - 1]?.text === ',' ? this.at[m.from - 2] : undefined;
    if (
      prior &&
      prior !== m &&
      prior.key &&
      m.key &&
      /^(Place|Country)$/.test(this.typeOf(m.key) ?? '') &&
      this.inPP(prior)
    )
      return true;
    // a titled name is governed by what precedes its title ("by Governor X")
    let k = (m.title && m.title.to === m.from ? m.title.from : m.from) - 1;
    for (;;) {
      while (k >= 0 && /^(DET|ADJ|NUM)$/.test(this.toks[k]!.pos) && !this.at[k]) k--;
      // "of the student-led Civic Youth Movement": a hyphenated modifier before the name
      const hyphen = this.toks[k - 1];
      if (
        k >= 2 &&
        hyphen &&
        /^[-‐]$/.test(hyphen.text) &&
        hyphen.end === this.toks[k]!.start &&
        hyphen.start === this.toks[k - 2]!.end &&
        !this.at[k]
      ) {
        // ("the Paris-based School": the place before the hyphen is part of the modifier)
        const place = this.at[k - 2];
        k = place && place.to === k - 1 ? place.from - 1 : k - 3;
        continue;
      }
      break;
    }
    let t = this.toks[k];
    // "in Porto Velho and Campo Grande": a conjunct shares the first one's preposition.
    for (let hops = 0; t && (t.lower === 'and' || t.lower === 'or') && hops < 2; hops++) {
      let j = k - 1;
      while (
        j >= 0 &&
        j > k - 6 &&
        !PREPOSITIONS.has(this.toks[j]!.lower) &&
        !this.isBoundary(j) &&
        this.toks[j]!.pos !== 'VERB' &&
        // "in Lima, Cusco and Puno" is one list; "guards at the prison, A and B" is an apposition
        !(this.toks[j]!.text === ',' && !this.sameTypeAt(j - 1, m))
      )
        j--;
      if (this.toks[j]?.text === ',') return false;
      k = j;
      t = this.toks[k];
    }
    if (!t || !PREPOSITIONS.has(t.lower) || t.pos === 'PART') return false;
    if (t.lower === 'of' && QUANTIFIER_OF.has(this.toks[k - 1]?.lower ?? '')) return false;
    return true;
  }

  /** Does token k belong to a mention of m's type (a list "Lima, Cusco and Puno")? */
  private sameTypeAt(k: number, m: MentionRec): boolean {
    const x = this.at[k];
    return !!x?.key && !!m.key && this.typeOf(x.key) === this.typeOf(m.key);
  }

  /**
   * Who owns the noun at k, adjectives between: "his (late) wife", "Ruiz's home", "their
   * party". The owner's mention and the token where the owner phrase starts.
   */
  ownerOfNoun(k: number): { owner: MentionRec; from: number } | undefined {
    let j = k - 1;
    while (j >= 0 && this.toks[j]!.pos === 'ADJ') j--;
    if (/^['’]s?$/.test(this.toks[j]?.text ?? '')) {
      const owner = this.mentionEndingAt(j - 1);
      return owner ? { owner, from: owner.from } : undefined;
    }
    const pronoun = this.mentionAt(j);
    return pronoun?.kind === 'pronoun' && /^(his|her|their|its)$/.test(this.toks[j]!.lower)
      ? { owner: pronoun, from: j }
      : undefined;
  }

  /** Is the mention a possessor ("Trump's use")? */
  isPossessor(m: MentionRec): boolean {
    const t = this.toks[m.to];
    // ("his extradition": a possessive pronoun is a determiner, never a subject)
    if (m.kind === 'pronoun' && /^(his|her|its|their)$/i.test(this.toks[m.from]?.text ?? ''))
      return t?.pos === 'NOUN' || t?.pos === 'ADJ';
    return !!t && (t.text === "'s" || t.text === '’s' || t.text === "'");
  }

  prev(k: number): Token | undefined {
    return this.toks[k - 1];
  }

  /**
   * Is token k a relative pronoun ("the men who …", "the gang that …") rather than a
   * complementiser ("said that …", "claims that …")?
   */
  isRelativePronoun(k: number): boolean {
    const t = this.toks[k];
    if (!t || !/^(which|that|who|whom)$/.test(t.lower)) return false;
    if (t.lower !== 'that') return true;
    let j = k - 1;
    if (this.toks[j]?.text === ',') j--;
    const prev = this.toks[j];
    if (!prev || prev.pos === 'VERB' || prev.pos === 'AUX' || CLAIM_NOUNS.has(prev.lower))
      return false;
    return !!this.at[j] || prev.pos === 'NOUN' || prev.pos === 'PROPN';
  }

  /** Start of the clause containing token k (index of the first token after a boundary). */
  clauseStart(k: number): number {
    return (this.clauseCache[k] ??= this.computeClauseStart(k));
  }

  private computeClauseStart(k: number): number {
    let j = k - 1;
    for (;;) {
      while (j >= 0 && !this.isBoundary(j)) j--;
      // "the National Narcotics Agency (BNN) arrested …": an acronym in brackets after a
      // name, right before the verb, does not end the clause
      const open =
        this.toks[j]?.text === ')' &&
        // (", was arrested": the comma closing an apposition that ends in the bracket)
        (this.toks
          .slice(j + 1, k)
          .every((t, i) => /^(AUX|ADV|PART|VERB)$/.test(t.pos) || (i === 0 && t.text === ',')) ||
          this.isApposition(j + 1, k))
          ? this.acronymBracket(j)
          : -1;
      if (open < 0) return j + 1;
      j = open - 1;
    }
  }

  /**
   * Tokens from..to are ", the Paris-based watchdog," and then only auxiliaries or
   * adverbs: an apposition between a name and its verb.
   */
  private isApposition(from: number, to: number): boolean {
    if (this.toks[from]?.text !== ',' || !/^(a|an|the)$/.test(this.toks[from + 1]?.lower ?? ''))
      return false;
    let k = to - 1;
    while (k > from && /^(AUX|ADV|PART)$/.test(this.toks[k]!.pos)) k--;
    if (k <= from + 1 || this.toks[k]!.text !== ',') return false;
    for (let i = from + 1; i < k; i++) {
      const t = this.toks[i]!;
      if (t.text === ',' || t.pos === 'AUX' || BOUNDARY_TEXT.has(t.text)) return false;
      if (t.pos === 'VERB' && t.lower !== 'based') return false;
    }
    return true;
  }

  /** Index of the "(" of "NAME (ACR)" whose ")" is at `close`, or -1. */
  private acronymBracket(close: number): number {
    const open = close - 2;
    if (this.toks[open]?.text !== '(') return -1;
    const inner = this.toks[open + 1]!;
    const before = this.at[open - 1];
    return ACRONYM_SHAPE.test(inner.text) && before?.key ? open : -1;
  }

  /**
   * The mention whose last token is k; when k closes "NAME (ACR)", the name before the
   * bracket, so that "the Centre for Peace (CDD), a Maputo-based group" reads as
   * an apposition to the name.
   */
  mentionEndingAt(k: number): MentionRec | undefined {
    const open = this.toks[k]?.text === ')' ? this.acronymBracket(k) : -1;
    const m = this.at[open >= 0 ? open - 1 : k];
    return m && m.to === (open >= 0 ? open : k + 1) ? m : undefined;
  }

  /** Mentions that are keyed, between two token indices, in order. */
  mentionsIn(from: number, to: number): MentionRec[] {
    return this.keyed.filter((m) => m.from >= from && m.to <= to);
  }
}
