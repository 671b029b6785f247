import type { Section } from '@news-kg/schema';

export interface Token {
  /** Index within its sentence. */
  i: number;
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  /** Character offsets into the cleaned article text. */
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  section: Section;
  tokens: Token[];
}
