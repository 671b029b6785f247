import type { Section } from '@news-kg/schema';
import { endsLikeSentence, parseDateLine, wordCount } from './metadata';

/** One kept piece of the article with the part of the page it came from. */
export interface Segment {
  text: string;
  section: Section;
}

export interface CleanArticle {
  segments: Segment[];
  title: string | null;
  date: string | null;
}

const NAV_LINE =
  /^(\d+\.\s*)?(skip to|jump to|go to|back to top|share (this|on)|follow us|sign up|subscribe|newsletter|advertisement|read more|see more|related( stories| topics)?|more from|log ?in|sign in|menu|search|cookies?|accept( all)?|privacy|terms of|copyright|©|all rights reserved|print|email|facebook|twitter|whatsapp|linkedin|x\.com|listen to|watch:|video:|audio:)\b/i;
const CREDIT_LINE =
  /^(edited by|editor|reporting by|written by|writing by|additional reporting|compiled by|translated by|with reporting by|contributors?)\s*:?/i;
const URL_LINE = /^(<)?(https?:\/\/|www\.)\S+(>)?$/i;
/** "Image: …", "Photo: …" starting a credit inside a caption line (possibly glued to it). */
const CREDIT_MARKER = /(Image|Photo|Picture|Photograph|Foto|Credit|Source|Bild)\s*:\s*/;

/**
 * Splits plain article text into kept segments (title, body paragraphs,
 * captions, credits) and drops what is not part of the story: navigation and
 * menu lines, section labels, share/redirect URLs, "Edited by" lines and lone
 * headline lines of other stories (teasers) or subheadings.
 */
export function cleanPlainText(raw: string, knownTitle?: string | null): CleanArticle {
  // Neither replacement touches a line break, so they run once over the whole text.
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .split('\n')
    .map((l) => l.trim());
  const nonBlank = lines.map((text, index) => ({ text, index })).filter((l) => l.text.length > 0);

  let title: string | null = knownTitle ?? null;
  let date: string | null = null;
  let titleAt = -1;
  let dateAt = -1;

  // A date line near the top, with the headline just above it.
  for (let k = 0; k < Math.min(nonBlank.length, 12); k++) {
    const parsed = parseDateLine(nonBlank[k]!.text);
    if (parsed) {
      date = parsed;
      dateAt = k;
      for (let j = k - 1; j >= 0; j--) {
        const candidate = nonBlank[j]!.text;
        if (isNoise(candidate)) continue;
        if (wordCount(candidate) >= 3 && !isGluedLabel(candidate)) {
          titleAt = j;
          title ??= candidate;
        }
        break;
      }
      break;
    }
  }
  if (titleAt < 0 && !knownTitle) {
    // No date line: the first substantial line without end punctuation is the headline.
    for (let k = 0; k < Math.min(nonBlank.length, 6); k++) {
      const candidate = nonBlank[k]!.text;
      if (isNoise(candidate) || isGluedLabel(candidate)) continue;
      if (wordCount(candidate) >= 3 && !endsLikeSentence(candidate)) {
        titleAt = k;
        title = candidate;
      }
      break;
    }
  }

  const segments: Segment[] = [];
  if (title) segments.push({ text: title, section: 'title' });
  const bodyStart = Math.max(titleAt, dateAt) + 1;
  for (let k = bodyStart; k < nonBlank.length; k++) {
    const line = nonBlank[k]!.text;
    if (k === titleAt || k === dateAt) continue;
    if (isNoise(line) || CREDIT_LINE.test(line)) continue;
    const marker = CREDIT_MARKER.exec(line);
    if (marker && marker.index > 0 && !endsLikeSentence(line)) {
      // "caption textImage: credit" — a caption glued to its credit.
      const caption = line.slice(0, marker.index).trim();
      const credit = line.slice(marker.index + marker[0].length).trim();
      const previous = nonBlank[k - 1];
      if (
        previous &&
        k - 1 >= bodyStart &&
        !endsLikeSentence(previous.text) &&
        !isNoise(previous.text) &&
        segments.at(-1)?.text !== previous.text
      ) {
        segments.push({ text: previous.text, section: 'caption' });
      }
      if (caption) segments.push({ text: caption, section: 'caption' });
      if (credit) segments.push({ text: credit, section: 'credit' });
      continue;
    }
    if (marker && marker.index === 0) {
      segments.push({ text: line.slice(marker[0].length).trim(), section: 'credit' });
      continue;
    }
    if (!endsLikeSentence(line)) {
      // Headline-like line inside the body: a caption when a credit line follows,
      // otherwise a teaser or subheading that is not a sentence of this story.
      const next = nonBlank[k + 1]?.text ?? '';
      const nextMarker = CREDIT_MARKER.exec(next);
      if (nextMarker && nextMarker.index > 0 && !endsLikeSentence(next)) continue; // taken with the caption
      if (wordCount(line) >= 12 && /[a-z]/.test(line) && !/:\s/.test(line)) {
        segments.push({ text: line, section: 'body' });
      }
      continue;
    }
    if (/\?["'”’]?$/.test(line) && wordCount(line) <= 14 && !/["“”]/.test(line)) continue; // question subheading
    segments.push({ text: line, section: 'body' });
  }
  if (!segments.some((s) => s.section === 'body')) {
    // A lone line or a text without end punctuation is the body itself, not a teaser.
    for (let k = bodyStart; k < nonBlank.length; k++) {
      const line = nonBlank[k]!.text;
      if (
        k === titleAt ||
        k === dateAt ||
        isNoise(line) ||
        CREDIT_LINE.test(line) ||
        CREDIT_MARKER.test(line)
      )
        continue;
      segments.push({ text: line, section: 'body' });
    }
    const headline = segments.findIndex((s) => s.section === 'title');
    if (!segments.some((s) => s.section === 'body') && headline >= 0 && titleAt >= 0) {
      segments[headline] = { text: segments[headline]!.text, section: 'body' };
    }
  }
  return { segments, title, date };
}

function isNoise(line: string): boolean {
  return (
    NAV_LINE.test(line) || URL_LINE.test(line) || isGluedLabel(line) || /^[\d\W_]+$/.test(line)
  );
}

/** Section labels glued to a headline by the page layout, e.g. "WorldAsia", "PoliticsEl Salvador". */
function isGluedLabel(line: string): boolean {
  return /^[A-Z][a-z]+[A-Z][a-z]/.test(line) && wordCount(line) <= 4 && !endsLikeSentence(line);
}

export interface JoinedText {
  text: string;
  spans: { start: number; end: number; section: Section }[];
}

/** Joins segments with blank lines; the spans say where each one sits in the joined text. */
export function joinSegments(segments: Segment[]): JoinedText {
  let text = '';
  const spans: JoinedText['spans'] = [];
  for (const segment of segments) {
    if (text) text += '\n\n';
    spans.push({
      start: text.length,
      end: text.length + segment.text.length,
      section: segment.section,
    });
    text += segment.text;
  }
  return { text, spans };
}
