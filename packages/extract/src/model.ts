import type { EntityType, Modality, Predicate } from '@news-kg/schema';
import type { CountryInfo } from './lexicon/countries';
import type { RoleSpec } from './lexicon/roles';

export type MentionKind =
  | 'name'
  | 'title-name'
  | 'demonym'
  | 'plural-demonym'
  | 'capital'
  | 'seat'
  | 'acronym'
  | 'pronoun'
  | 'description'
  | 'group'
  | 'implicit'
  | 'credit';

/** A span of one sentence that refers to an entity. Token range is [from, to). */
export interface MentionRec {
  sent: number;
  from: number;
  to: number;
  type: EntityType;
  /** Canonical name proposed by recognition (coreference may replace it). */
  name: string;
  kind: MentionKind;
  rule: string;
  confidence: number;
  /** A mention that does not create an entity on its own (demonyms, agent groups). */
  weak?: boolean;
  country?: CountryInfo;
  /** Role title stated with the name ("US District Judge"). */
  title?: TitleInfo;
  /** Lower-case head word of a description or group ("judge", "deportees"). */
  head?: string;
  /** Determiner class of a description ("the", "a", "this", "his" …). */
  det?: string;
  /** Entity key after coreference. */
  key?: string;
}

export interface TitleInfo {
  spec: RoleSpec;
  /** Role words as written ("District Judge"). */
  words: string;
  portfolio?: string;
  /** Country the title names ("US", "Venezuelan"). */
  country?: CountryInfo;
  /** Organisation named inside the title, as an entity key. */
  orgKey?: string;
  /** Court implied by a judge's title ("US District Court"). */
  court?: string;
  /** Token range of the title words. */
  from: number;
  to: number;
}

export interface EntityRec {
  key: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  mentions: MentionRec[];
  country?: CountryInfo;
  attributes: Record<string, string>;
  /** Person → roles held (role label → entity key of the institution). */
  order: number;
}

export interface RelationCandidate {
  subject: string;
  predicate: Predicate;
  object: string;
  modality: Modality;
  attributedTo: string | null;
  date: string | null;
  sent: number;
  /** Token range of the evidence span in the sentence. */
  from: number;
  to: number;
  rule: string;
  confidence: number;
  qualifiers?: Record<string, string>;
}
