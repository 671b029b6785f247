import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document';
import { htmlToText } from './html-to-text';

const page = `<!doctype html><html><head><title>Court frees migrants | Example News</title>
<meta property="article:published_time" content="2025-02-03T10:00:00Z">
<link rel="canonical" href="https://example.org/court-frees-migrants">
<style>p { color: red } .secret { content: "Style text must never appear" }</style>
<script>var leaked = "Script text must never appear";</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Court frees migrants</h1>
<p>Peru's Supreme Court on Monday ordered the release of 40 migrants held at the Callao Detention Center.</p>
<p>The ruling was a blow to the government, which had argued that the detentions were lawful under the Migration Act.</p>
<script>document.write("Inline script text must never appear")</script>
<p>Lawyers for the migrants said they would seek compensation from the Interior Ministry.</p></article></body></html>`;

describe('htmlToText', () => {
  it('takes the main text, title, date and URL, and never script or style content', () => {
    const out = htmlToText(page);
    expect(out.text).toContain('Callao Detention Center');
    expect(out.text).not.toMatch(/must never appear|color: red/);
    expect(out.date).toBe('2025-02-03');
    expect(out.url).toBe('https://example.org/court-frees-migrants');
    expect(out.title).toMatch(/Court frees migrants/);
  });

  it('feeds the extractor: entities come from the article, not from scripts', () => {
    const doc = extractDocument({ content: page, format: 'html', origin: 'page.html' });
    expect(doc.documents[0]!.publishedAt).toBe('2025-02-03');
    expect(doc.documents[0]!.text).not.toMatch(/must never appear/);
    expect(doc.entities.map((e) => e.name)).toContain('Callao Detention Center');
  });
});
