import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors';
import type { ArticleOverrides, RawArticle } from './types';

/** Largest article accepted, in bytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/**
 * Reads an article from a file path, an http(s) URL, or '-' (stdin) and checks
 * that it is usable text: present, not empty, UTF-8, not binary, at most 5 MB.
 */
export async function readArticle(spec: string, overrides?: ArticleOverrides): Promise<RawArticle> {
  if (!spec) throw new InputError('no input given', { hint: 'pass a file path, a URL or -' });
  const bytes =
    spec === '-'
      ? await readStdin()
      : /^https?:\/\//i.test(spec)
        ? await fetchUrl(spec)
        : await readPath(spec);
  const origin = spec === '-' ? 'stdin' : spec;
  const content = decodeArticle(bytes, origin);
  const format = looksLikeHtml(content, spec) ? 'html' : 'text';
  return { content, format, origin, ...(overrides ? { overrides } : {}) };
}

/** Decodes bytes as strict UTF-8 and rejects binary, oversize and empty input. */
export function decodeArticle(bytes: Uint8Array, origin: string): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new InputError(`${origin}: input is ${bytes.byteLength} bytes, over the 5 MB limit`, {
      hint: 'split the input into single articles',
    });
  }
  if (bytes.includes(0)) {
    throw new InputError(`${origin}: input looks binary (it contains NUL bytes)`, {
      hint: 'give a UTF-8 text or HTML file',
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${origin}: input is not valid UTF-8`, {
      hint: 'convert it with iconv -t UTF-8',
    });
  }
  text = text.replace(/^\uFEFF/, '');
  // Control characters other than tab/newline/carriage return/form feed mean binary data.
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 1 && c <= 8) || (c >= 14 && c <= 31) || c === 127) controls++;
  }
  if (controls > Math.max(8, text.length / 1000)) {
    throw new InputError(`${origin}: input looks binary (control characters)`, {
      hint: 'give a UTF-8 text or HTML file',
    });
  }
  if (!text.trim()) {
    throw new InputError(`${origin}: input is empty`, { hint: 'the article text is blank' });
  }
  return text;
}

export function looksLikeHtml(content: string, spec = ''): boolean {
  if (/\.x?html?$/i.test(spec)) return true;
  const head = content.slice(0, 2000).trimStart().toLowerCase();
  return (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /<(body|article|p|div)[\s>]/.test(head)
  );
}

async function readPath(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${path}: not a file`, { hint: 'give a file path' });
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: no such file`, { hint: 'check the path', cause: error });
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new InputError(`${path}: input is ${size} bytes, over the 5 MB limit`, {
      hint: 'split the input into single articles',
    });
  }
  return new Uint8Array(await readFile(path));
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.byteLength;
    if (total > MAX_ARTICLE_BYTES) {
      throw new InputError('stdin: input is over the 5 MB limit', {
        hint: 'split the input into single articles',
      });
    }
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

async function fetchUrl(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(15_000), redirect: 'follow' });
  } catch (error) {
    throw new InputError(`${url}: could not fetch (offline or unreachable)`, {
      hint: 'save the page to a file and pass the path',
      cause: error,
    });
  }
  if (!response.ok) {
    throw new InputError(`${url}: HTTP ${response.status}`, { hint: 'check the URL' });
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_ARTICLE_BYTES) {
    throw new InputError(`${url}: input is ${length} bytes, over the 5 MB limit`);
  }
  return new Uint8Array(await response.arrayBuffer());
}
