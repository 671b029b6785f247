import type { Predicate } from '@news-kg/schema';

/** A relation before modality, attribution and date are decided. */
export interface RawRelation {
  subject: string;
  predicate: Predicate;
  object: string;
  sent: number;
  /** Token range of the evidence, and the token that triggers it (verb or noun). */
  from: number;
  to: number;
  trigger: number;
  rule: string;
  confidence: number;
  qualifiers?: Record<string, string>;
  /**
   * Start of the relative or reduced clause the relation sits in: speech frames
   * that begin before it do not cover it (the content is presupposed).
   */
  clauseFrom?: number;
  /** Where to look for a negator (defaults to the clause of the trigger). */
  negFrom?: number;
  /** True for event relations that may carry a date. */
  event?: boolean;
  /** Modality fixed by the rule itself (e.g. a rejected claim). */
  fixed?: { modality: 'asserted' | 'claimed' | 'alleged' | 'denied'; attributedTo: string | null };
  /** Skip negation and hedges (static facts from titles and appositions). */
  static?: boolean;
}
