import type { Sentence } from './types';
import { startsUpper } from './letters';

const NAME_HEADS = new Set([
  'act',
  'acts',
  'code',
  'order',
  'party',
  'court',
  'center',
  'centre',
  'house',
  'office',
  'service',
  'bank',
  'union',
  'council',
  'state',
  'states',
  'guard',
  'police',
  'front',
  'army',
  'forces',
  'affairs',
  'security',
  'justice',
  'defense',
  'defence',
]);

/** Past forms of news verbs the tagger may read as nouns, with their lemmas. */
const PAST_FORMS = new Map(
  [
    'accuse',
    'charge',
    'sentence',
    'arrest',
    'jail',
    'convict',
    'detain',
    'deport',
    'extradite',
    'order',
    'reject',
    'deny',
    'criticise',
    'criticize',
    'condemn',
    'sue',
    'release',
    'transfer',
    'acquit',
    'sanction',
    'indict',
  ].map((lemma) => [
    lemma.endsWith('y')
      ? `${lemma.slice(0, -1)}ied`
      : lemma.endsWith('e')
        ? `${lemma}d`
        : lemma === 'acquit'
          ? 'acquitted'
          : `${lemma}ed`,
    lemma,
  ]),
);

/** Nouns that a title participle may qualify ("managing director", "ruling party"). */
const TITLE_NOUNS =
  /^(director|directors|editor|partner|judge|judges|magistrate|officer|president|chairman|minister|member|members|party|coalition|government|council|board|commissioner|governor|mayor|justice)$/;

/**
 * Fixes systematic wink tagger errors on names: inside a run of capitalised
 * words, a capitalised word tagged VERB/NOUN/ADJ ("Act" in "X Enemies Act",
 * "Center", "Affairs") is a proper noun; a lower-case "de"/"da" particle
 * between name parts is kept as a name particle (the tagger may call it DET).
 */
export function fixTags(sentence: Sentence): void {
  const toks = sentence.tokens;
  // "Others were freed": a capitalised pronoun the tagger took for a name
  for (const t of toks) {
    if (
      t.pos === 'PROPN' &&
      /^(others|another|everyone|anyone|someone|none|both|either|neither)$/.test(t.lower)
    )
      t.pos = 'PRON';
  }
  // "the White House claims were …": a speech verb the tagger took for a plural noun.
  for (let k = 1; k < toks.length - 1; k++) {
    const t = toks[k]!;
    if (
      t.pos === 'NOUN' &&
      /^(claims|says|insists|argues|alleges|believes|maintains|contends)$/.test(t.lower) &&
      /^(PROPN|PRON)$/.test(toks[k - 1]!.pos) &&
      /^(AUX|VERB|DET|PRON|SCONJ)$/.test(toks[k + 1]!.pos)
    ) {
      t.pos = 'VERB';
      t.lemma = t.lower.replace(/s$/, '').replace(/ie$/, 'y');
    }
  }
  // "X lives in Y", "who lives near Y": the verb the tagger took for the plural of "life".
  for (let k = 1; k < toks.length - 1; k++) {
    const t = toks[k]!;
    if (
      t.pos === 'NOUN' &&
      /^(lives|heads|chairs)$/.test(t.lower) &&
      (toks[k - 1]!.pos === 'PROPN' ||
        /^(he|she|who|it|that|which|now|still)$/.test(toks[k - 1]!.lower)) &&
      (t.lower === 'lives'
        ? /^(in|at|near|with|on|outside|abroad|alone|there|here)$/.test(toks[k + 1]!.lower)
        : /^(the|a|an)$/.test(toks[k + 1]!.lower) || toks[k + 1]!.pos === 'PROPN')
    ) {
      t.pos = 'VERB';
      t.lemma = t.lower === 'lives' ? 'live' : t.lower.replace(/s$/, '');
    }
  }
  // "India in 2023 accused Canada …", "has in the past charged him": after a time phrase the
  // tagger reads the past form of a news verb as a noun ("the accused")
  for (let k = 1; k < toks.length - 1; k++) {
    const t = toks[k]!;
    const lemma = PAST_FORMS.get(t.lower);
    if (
      lemma &&
      t.pos === 'NOUN' &&
      !/^(DET|PRON)$/.test(toks[k - 1]!.pos) &&
      /^(NUM|ADJ|NOUN|PROPN)$/.test(toks[k - 1]!.pos) &&
      /^(PROPN|DET|PRON)$/.test(toks[k + 1]!.pos)
    ) {
      t.pos = 'VERB';
      t.lemma = lemma;
    }
  }
  // "the company's managing director", "the presiding judge": a participle that is part of a
  // title, not a verb
  for (let k = 0; k < toks.length - 1; k++) {
    const t = toks[k]!;
    if (
      t.pos === 'VERB' &&
      /^(managing|presiding|acting|founding|governing|outgoing|incoming|sitting|serving|ruling|leading)$/.test(
        t.lower,
      ) &&
      TITLE_NOUNS.test(toks[k + 1]!.lower)
    )
      t.pos = 'ADJ';
  }
  const cap = (k: number): boolean => {
    const t = toks[k];
    return !!t && startsUpper(t.text) && t.pos !== 'PUNCT';
  };
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!cap(k)) continue;
    const prevCap = k > 0 && cap(k - 1) && toks[k - 1]!.pos === 'PROPN';
    const nextCap = cap(k + 1) && toks[k + 1]!.pos === 'PROPN';
    if (
      t.pos !== 'PROPN' &&
      (prevCap || (nextCap && k > 0)) &&
      /^(VERB|NOUN|ADJ|AUX)$/.test(t.pos)
    ) {
      if (prevCap || NAME_HEADS.has(t.lower) || k > 0) t.pos = 'PROPN';
    }
    // A capitalised verb right after a proper noun run ("Enemies Act ,") is a name head.
    if (t.pos === 'VERB' && k > 0 && toks[k - 1]!.pos === 'PROPN' && NAME_HEADS.has(t.lower)) {
      t.pos = 'PROPN';
    }
  }
}
