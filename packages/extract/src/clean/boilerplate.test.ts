import { describe, expect, it } from 'vitest';
import { cleanPlainText, joinSegments } from './boilerplate';

const raw = `  1. Skip to content
  2. Skip to main menu
WorldAsia

Court orders release of detained reporters

February 4, 2025

A court in Lahore ordered the release of three reporters on Tuesday. Police had held them for a week.

https://share.example.com/p/abc123
Reporters leave the court building
The reporters were freed on bailImage: Jane Roe/AFP

Minister resigns after bribery scandal

The ruling can be appealed, lawyers said.

Edited by: John Doe`;

describe('cleanPlainText', () => {
  const out = cleanPlainText(raw);
  const texts = out.segments.map((s) => `${s.section}:${s.text}`);

  it('finds the headline and the date line', () => {
    expect(out.title).toBe('Court orders release of detained reporters');
    expect(out.date).toBe('2025-02-04');
  });

  it('drops navigation, glued section labels, share URLs, teasers and "Edited by"', () => {
    const all = texts.join('\n');
    expect(all).not.toMatch(/Skip to|WorldAsia|https:|Minister resigns|Edited by|John Doe/);
  });

  it('keeps captions apart from their credits', () => {
    expect(texts).toContain('caption:Reporters leave the court building');
    expect(texts).toContain('caption:The reporters were freed on bail');
    expect(texts).toContain('credit:Jane Roe/AFP');
  });

  it('keeps body paragraphs', () => {
    expect(texts).toContain('body:The ruling can be appealed, lawyers said.');
  });

  it('joins segments with offsets that point at each one', () => {
    const joined = joinSegments(out.segments);
    for (const [i, span] of joined.spans.entries()) {
      expect(joined.text.slice(span.start, span.end)).toBe(out.segments[i]!.text);
    }
  });
});
