import type { SentenceView } from './sentence-view';

/** A court, or a person this sentence titles or describes as a judge. */
export function isBench(view: SentenceView, key: string): boolean {
  if (view.typeOf(key) === 'Court') return true;
  return view.mentions.some(
    (m) =>
      m.key === key &&
      (m.title?.spec.predicate === 'JUDGE_OF' ||
        (m.kind === 'description' && /^(judge|justice|magistrate)$/.test(m.head ?? ''))),
  );
}
