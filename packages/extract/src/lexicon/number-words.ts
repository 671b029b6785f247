/**
 * Cardinal number words news uses for counts of people ("two guards", "Fourteen inmates"), as
 * digits. Written by hand: the counts that tell one group from another are small, and a
 * words-to-numbers dependency would parse far more than the recogniser ever passes it.
 */
const UNITS = [
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen',
  'fifteen sixteen seventeen eighteen nineteen',
]
  .join(' ')
  .split(' ');
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const VALUES = new Map<string, number>([
  ...UNITS.map((w, i): [string, number] => [w, i]),
  ...TENS.flatMap((t, i): [string, number][] =>
    t
      ? [
          [t, i * 10],
          ...UNITS.slice(1, 10).map((u, j): [string, number] => [`${t}-${u}`, i * 10 + j + 1]),
        ]
      : [],
  ),
]);

/** The value of a number word ("two" → 2, "twenty-one" → 21), in any case; else undefined. */
export function numberWordValue(word: string): number | undefined {
  return VALUES.get(word.toLowerCase());
}
