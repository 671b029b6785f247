import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Section } from '@news-kg/schema';
import { stripMarks } from './letters';
import type { Sentence, Token } from './types';

/** One shared wink-nlp instance (loading the model is the slow part). */
export const nlp = winkNLP(model);
const its = nlp.its;

/**
 * wink-nlp caches every unknown word it meets, and a word cached while reading one article
 * changes how a later one is tokenized ("U.S" seen first makes "U.S. Sen." split after
 * "U.S"). `resetCache` comes from patches/wink-nlp@2.4.0.patch: every text is read as by a
 * freshly loaded instance, so the same text always gives the same output, whatever the
 * process read before (other articles, other workers' shares of a corpus).
 */
const resettable = nlp as typeof nlp & { resetCache(): void };

/**
 * Whether a lower-case word is in wink's English lexicon ("reading", "based"), as opposed to a
 * name or a syllable of one ("mosul", "hyun"). Words met in earlier texts stay out of the lexicon,
 * so the answer does not depend on what the process has read.
 */
export function isEnglishWord(word: string): boolean {
  return !LEXICON.isOOV(word);
}
const LEXICON = nlp.readDoc('');
function readDoc(text: string): ReturnType<typeof nlp.readDoc> {
  resettable.resetCache();
  return nlp.readDoc(text);
}

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
  const doc = readDoc(text);
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

/**
 * Sentences of the whole cleaned text in one wink pass. A wink sentence that
 * runs across a segment boundary (a headline or caption line with no end
 * punctuation) is cut at the boundary, so lines without end punctuation never
 * merge with the next one.
 */
export function analyseText(
  original: string,
  spans: readonly { start: number; end: number; section: Section }[],
): Sentence[] {
  // wink splits words at letters outside Latin-1 ("Aydoğan" → "Aydo" + "ğan"); it reads a
  // folded copy of the same length, and tokens take their text back from the original.
  const text = foldForTokenizer(original);
  const doc = readDoc(text);
  const out = tokensOut(doc);
  const words = out() as string[];
  const pos = out(its.pos) as string[];
  const lemmas = out(its.lemma) as string[];
  const starts: number[] = new Array<number>(words.length);
  let cursor = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    let at = text.indexOf(word, cursor);
    if (at < 0 || at - cursor > 40) at = cursor;
    starts[k] = at;
    cursor = Math.min(text.length, at + word.length);
  }
  const segmentOf = (offset: number): number => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const sentences: Sentence[] = [];
  const flush = (from: number, to: number, segment: number): void => {
    if (to <= from) return;
    const tokens: Token[] = [];
    for (let k = from; k < to; k++) {
      const folded = words[k]!;
      const word =
        text === original ? folded : original.slice(starts[k]!, starts[k]! + folded.length);
      tokens.push({
        i: k - from,
        text: word,
        lower: word.toLowerCase(),
        lemma: (word === folded ? (lemmas[k] ?? word) : word).toLowerCase(),
        pos: pos[k] ?? 'X',
        start: starts[k]!,
        end: Math.min(text.length, starts[k]! + word.length),
      });
    }
    const start = tokens[0]!.start;
    const end = tokens.at(-1)!.end;
    sentences.push({
      index: sentences.length,
      start,
      end,
      text: original.slice(start, end),
      section: spans[segment]?.section ?? 'body',
      tokens,
    });
  };
  doc.sentences().each((s: { out: (fn?: unknown) => unknown }) => {
    const [from, to] = s.out(its.span) as [number, number];
    let begin = from;
    let segment = segmentOf(starts[from] ?? 0);
    for (let k = from; k <= to; k++) {
      const seg = segmentOf(starts[k] ?? 0);
      if (k > begin && endsAfterAbbreviation(words[k - 1]!, words[k]!)) {
        flush(begin, k, segment);
        begin = k;
      }
      if (seg !== segment) {
        flush(begin, k, segment);
        begin = k;
        segment = seg;
      }
    }
    flush(begin, to + 1, segment);
  });
  return sentences;
}

/**
 * Replaces each Latin letter above U+00FF by its base letter when that is one
 * ASCII character ("ğ" → "g", "ı" → "i", "ł" → "l"), keeping the text's length
 * so every offset still points into the original.
 */
const SPECIAL_BASES: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
};
export function foldForTokenizer(text: string): string {
  if (!/[\u0100-\u024f]/.test(text)) return text;
  return text.replace(/[\u0100-\u024f]/g, (ch) => {
    const special = SPECIAL_BASES[ch];
    if (special) return special;
    const base = stripMarks(ch);
    return base.length === 1 && base.charCodeAt(0) < 128 ? base : ch;
  });
}

/**
 * wink keeps a sentence going after an initial or a dotted abbreviation ("Wing
 * A. She said …", "in the U.S. They …"); a capitalised subject pronoun or "The"
 * never continues a name, so the dot ended the sentence.
 */
const SENTENCE_OPENERS = new Set(['He', 'She', 'They', 'It', 'We', 'The', 'But']);
const DOTTED_CAPITALS = /^[\p{Lu}.]+\.$/u;
function endsAfterAbbreviation(prev: string, word: string): boolean {
  return SENTENCE_OPENERS.has(word) && prev.length <= 5 && DOTTED_CAPITALS.test(prev);
}

/**
 * The bare pipeline the benchmark compares against: tokens, POS and lemmas, with wink's
 * cache kept between texts as the library does by default (so the reset the extractor pays
 * for is counted against it, not hidden in the baseline).
 */
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
