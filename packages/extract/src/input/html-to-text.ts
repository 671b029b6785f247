import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  text: string;
  title: string | null;
  date: string | null;
  url: string | null;
  siteName: string | null;
}

/**
 * Main text of an HTML page via Readability over a linkedom DOM. Script, style,
 * noscript and template content is removed before anything reads the text.
 */
export function htmlToText(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  for (const node of [...document.querySelectorAll('script, style, noscript, template, svg')]) {
    node.remove();
  }
  const meta = (selector: string): string | null =>
    document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const dateRaw =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[itemprop="datePublished"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
    meta('meta[property="og:url"]');
  let text = '';
  let title: string | null = meta('meta[property="og:title"]');
  let siteName: string | null = meta('meta[property="og:site_name"]');
  try {
    // Readability mutates the DOM it reads; it gets its own parse.
    const parsed = new Readability(
      parseHTML(stripExecutable(html)).document as unknown as Document,
    ).parse();
    if (parsed) {
      text = blockText(parsed.content ?? '') || (parsed.textContent ?? '');
      title = parsed.title?.trim() || title;
      siteName = parsed.siteName?.trim() || siteName;
    }
  } catch {
    text = '';
  }
  if (!text.trim()) text = blockTextOf(document.body as unknown as Element | null);
  title ??= document.querySelector('title')?.textContent?.trim() || null;
  return { text: text.trim(), title, date: isoDay(dateRaw), url: url || null, siteName };
}

function stripExecutable(html: string): string {
  return html.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '');
}

/** Text of an HTML fragment with one line per block element. */
function blockText(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  return blockTextOf(document.body as unknown as Element | null);
}

const BLOCK =
  /^(P|DIV|H[1-6]|LI|BLOCKQUOTE|FIGCAPTION|SECTION|ARTICLE|TR|PRE|HEADER|FOOTER|FIGURE|UL|OL|TABLE)$/;

function blockTextOf(root: Element | null): string {
  if (!root) return '';
  const out: string[] = [];
  let line = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/.test(el.tagName)) return;
    const block = BLOCK.test(el.tagName) || el.tagName === 'BR';
    if (block && line.trim()) {
      out.push(line.trim());
      line = '';
    }
    for (const child of [...el.childNodes]) walk(child);
    if (block && line.trim()) {
      out.push(line.trim());
      line = '';
    }
  };
  walk(root);
  if (line.trim()) out.push(line.trim());
  return out.join('\n\n');
}

function isoDay(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
