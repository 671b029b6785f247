import type { SentenceView } from '../relations/sentence-view';
import type { SpeechFrame } from './modality';

/** Where a quotation opens or closes: sentence index within the article, token index. */
interface QuoteMark {
  sent: number;
  tok: number;
}

/** A quotation that may run over several sentences, and who speaks it. */
interface Quotation {
  open: QuoteMark;
  close?: QuoteMark;
  speaker?: Pick<SpeechFrame, 'speaker' | 'modality'>;
}

/**
 * Speech frames for the sentences of a quotation that names its speaker in another sentence:
 * '"The court ignored the evidence. This is a political trial," Wezi Tembo said.' and
 * '"…," Banda said. "The charges are absurd."' The sentence splitter cuts a quotation into
 * sentences, and only the one with "said" has a frame of its own; without these, the others
 * read as the narrator's own statements. A quotation without a speaker anywhere gives none.
 *
 * `views` are the article's sentences in order; `frames` holds each sentence's frames (by
 * position in `views`) and receives the new ones. `paragraphBreak(i)` tells whether a new
 * paragraph starts at sentence i (an unclosed quotation ends with its paragraph).
 */
export function addQuotationFrames(
  views: readonly SentenceView[],
  frames: SpeechFrame[][],
  paragraphBreak: (i: number) => boolean,
): void {
  const quotations = findQuotations(views, paragraphBreak);
  let previous: Quotation | undefined;
  for (const q of quotations) {
    q.speaker = ownSpeaker(q, frames);
    // '"…," Banda said. "The charges are absurd."': a quotation that opens the next sentence
    // carries on the one before
    if (
      !q.speaker &&
      previous?.speaker &&
      previous.close &&
      q.open.tok === 0 &&
      q.open.sent === previous.close.sent + 1
    )
      q.speaker = previous.speaker;
    previous = q;
    if (!q.speaker) continue;
    const last = q.close?.sent ?? q.open.sent;
    for (let i = q.open.sent; i <= last; i++) {
      const from = i === q.open.sent ? q.open.tok : 0;
      const to = i === q.close?.sent ? q.close.tok : views[i]!.toks.length;
      // only sentences the quotation opens or fills: the one that says "said" has its frame
      if (from > 0 || frames[i]!.some((f) => f.from <= from && f.to >= to)) continue;
      frames[i]!.push({
        speaker: q.speaker.speaker,
        at: from,
        from,
        to,
        modality: q.speaker.modality,
        rule: 'quotation',
      });
    }
  }
}

/** Pairs the article's quotation marks: curly ones by shape, straight ones in turn. */
function findQuotations(
  views: readonly SentenceView[],
  paragraphBreak: (i: number) => boolean,
): Quotation[] {
  const out: Quotation[] = [];
  let open: QuoteMark | undefined;
  views.forEach((view, sent) => {
    if (open && paragraphBreak(sent)) {
      out.push({ open, close: { sent: sent - 1, tok: views[sent - 1]!.toks.length } });
      open = undefined;
    }
    view.toks.forEach((t, tok) => {
      const opens = t.text === '“' || (t.text === '"' && !open);
      const closes = t.text === '”' || (t.text === '"' && !!open);
      if (opens && !open) open = { sent, tok };
      else if (closes && open) {
        out.push({ open, close: { sent, tok } });
        open = undefined;
      }
    });
  });
  if (open) out.push({ open });
  return out;
}

/**
 * The speaker a quotation names itself: '"…," X said' after it closes, or 'X said: "…"' before
 * it opens.
 */
function ownSpeaker(
  q: Quotation,
  frames: readonly SpeechFrame[][],
): Pick<SpeechFrame, 'speaker' | 'modality'> | undefined {
  if (q.close) {
    const after = frames[q.close.sent]!.find(
      (f) => f.rule === 'quote-speaker' && f.to >= q.close!.tok && f.at > q.close!.tok,
    );
    if (after) return after;
  }
  return frames[q.open.sent]!.find(
    (f) => f.rule === 'reported-speech' && f.at < q.open.tok && f.to > q.open.tok,
  );
}
