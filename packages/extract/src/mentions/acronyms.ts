import { countryByName } from '../lexicon/countries';
import { isWireAgency } from '../lexicon/international-bodies';
import type { Sentence } from '../nlp/types';

/** An acronym defined in the text, in either direction. */
export interface AcronymDefinition {
  acronym: string;
  /** Token range of the expansion in the sentence. */
  from: number;
  to: number;
  /** Token index of the acronym. */
  at: number;
}

export function isAcronym(word: string): boolean {
  // both shapes start with a capital A-Z: most words fail on their first letter
  const first = word.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  return /^[A-Z][A-Z0-9&]{1,7}$/.test(word) || /^([A-Z]\.){2,5}$/.test(word);
}

/**
 * "Long Name (ABC)" and "ABC — an acronym for Long Name" / "ABC, which stands
 * for Long Name" / "ABC (short for Long Name)". `chunks` are the sentence's
 * capitalised name runs.
 */
export function findAcronyms(
  sentence: Sentence,
  chunks: readonly { from: number; to: number }[],
): AcronymDefinition[] {
  const toks = sentence.tokens;
  const out: AcronymDefinition[] = [];
  for (const chunk of chunks) {
    // Long Name (ABC)
    if (
      toks[chunk.to]?.text === '(' &&
      toks[chunk.to + 2]?.text === ')' &&
      isAcronym(toks[chunk.to + 1]!.text) &&
      chunk.to - chunk.from >= 2 &&
      // "SEOUL, South Korea (AP)": a wire credit after a dateline, not the country's acronym
      !isWireAgency(toks[chunk.to + 1]!.text) &&
      !countryByName(
        toks
          .slice(chunk.from, chunk.to)
          .map((t) => t.text)
          .join(' '),
      )
    ) {
      out.push({
        acronym: toks[chunk.to + 1]!.text,
        from: chunk.from,
        to: chunk.to,
        at: chunk.to + 1,
      });
    }
  }
  for (let k = 0; k < toks.length; k++) {
    const word = toks[k]!.text;
    if (!isAcronym(word)) continue;
    // ABC — an acronym for / which stands for / short for / meaning
    let j = k + 1;
    while (j < toks.length && /^[—–,(:-]$/.test(toks[j]!.text)) j++;
    const rest = toks
      .slice(j, j + 5)
      .map((t) => t.lower)
      .join(' ');
    const m =
      /^(an acronym for|acronym for|which stands for|stands for|short for|the acronym for|abbreviation for|an abbreviation for)\b/.exec(
        rest,
      );
    if (!m) continue;
    const skip = m[1]!.split(' ').length;
    const start = j + skip;
    const chunk = chunks.find(
      (c) => c.from === start || (c.from === start + 1 && toks[start]!.lower === 'the'),
    );
    if (chunk && chunk.to - chunk.from >= 2)
      out.push({ acronym: word, from: chunk.from, to: chunk.to, at: k });
  }
  return out;
}
