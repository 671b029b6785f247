import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Section } from '@news-kg/schema';
import type { Sentence, Token } from './types';

/** One shared wink-nlp instance (loading the model is the slow part). */
export const nlp = winkNLP(model);
const its = nlp.its;

/**
 * Sentences and tokens (with POS and lemma) of one segment of the article,
 * with character offsets shifted by `base` so they index the whole text.
 */
export function analyseSegment(
  text: string,
  base: number,
  section: Section,
  firstIndex: number,
): Sentence[] {
  const doc = nlp.readDoc(text);
  const out = tokensOut(doc);
  const words = out() as string[];
  const pos = out(its.pos) as string[];
  const lemmas = out(its.lemma) as string[];
  const spaces = out(its.precedingSpaces) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    let at = text.indexOf(word, cursor);
    if (at < 0 || at - cursor > 40) at = Math.min(text.length, cursor + (spaces[k]?.length ?? 0));
    const end = Math.min(text.length, at + word.length);
    tokens.push({
      i: k,
      text: word,
      lower: word.toLowerCase(),
      lemma: (lemmas[k] ?? word).toLowerCase(),
      pos: pos[k] ?? 'X',
      start: base + at,
      end: base + end,
    });
    cursor = end;
  }
  const sentences: Sentence[] = [];
  doc.sentences().each((s: { out: (fn?: unknown) => unknown }) => {
    const [from, to] = s.out(its.span) as [number, number];
    const toks = tokens.slice(from, to + 1).map((t, i) => ({ ...t, i }));
    if (!toks.length) return;
    const start = toks[0]!.start;
    const end = toks.at(-1)!.end;
    sentences.push({
      index: firstIndex + sentences.length,
      start,
      end,
      text: text.slice(start - base, end - base),
      section,
      tokens: toks,
    });
  });
  return sentences;
}

/** The bare pipeline the benchmark compares against: tokens, POS and lemmas. */
export function barePipeline(text: string): number {
  const doc = nlp.readDoc(text);
  const out = tokensOut(doc);
  out(its.pos);
  out(its.lemma);
  return doc.tokens().length();
}

/** `tokens().out(fn)` with the item function typed loosely (wink's typings reject some of its own helpers). */
function tokensOut(doc: ReturnType<typeof nlp.readDoc>): (fn?: unknown) => unknown {
  const tokens = doc.tokens();
  return tokens.out.bind(tokens) as (fn?: unknown) => unknown;
}
