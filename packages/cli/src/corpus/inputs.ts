import { readdir, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative } from 'node:path';
import { KgUserError } from '@news-kg/schema';

/**
 * File names a folder contributes: article text and HTML. Markdown is left out on
 * purpose: in a folder of articles it is the README or the list of sources.
 */
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.html', '.htm'];

export interface ArticleInput {
  /** What `readArticle` gets: a path, a URL or '-'. */
  spec: string;
  /** Short name for progress lines and reports. */
  label: string;
}

const URL_PATTERN = /^https?:\/\//i;

/**
 * Paths, folders and URLs → the list of articles, in a stable order: arguments in the
 * order given, a folder's article files (recursively, hidden ones skipped) sorted by
 * path. A path that does not exist is kept, so that it is reported as one failed
 * article rather than stopping the others; a folder without articles is an error.
 */
export async function expandInputs(args: readonly string[]): Promise<ArticleInput[]> {
  if (args.length === 0) {
    throw new KgUserError('no input given', { hint: 'pass article files, a folder or a URL' });
  }
  if (args.includes('-') && args.length > 1) {
    throw new KgUserError('standard input (-) can only be the one input', {
      hint: 'save it to a file to build it with others',
    });
  }
  const out: ArticleInput[] = [];
  const seen = new Set<string>();
  const add = (spec: string, label: string): void => {
    if (seen.has(spec)) return;
    seen.add(spec);
    out.push({ spec, label });
  };
  for (const arg of args) {
    if (arg === '-' || URL_PATTERN.test(arg)) {
      add(arg, arg === '-' ? 'stdin' : arg);
      continue;
    }
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      const files = await listArticles(arg);
      if (files.length === 0) {
        throw new KgUserError(`${arg} holds no article files`, {
          hint: `put ${ARTICLE_EXTENSIONS.join(', ')} files in it`,
        });
      }
      for (const file of files) add(file, displayPath(file));
    } else {
      add(arg, arg);
    }
  }
  return out;
}

/** A path relative to the working directory when it is inside it, else as given. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

async function listArticles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(d, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && ARTICLE_EXTENSIONS.includes(extname(e.name).toLowerCase())) {
        found.push(path);
      }
    }
  };
  await walk(dir);
  return found.sort();
}

/**
 * The output folder name for a build: the file name without extension for one
 * article, the folder name for one folder, the last URL segment for a URL, else "corpus".
 */
export function outputName(args: readonly string[]): string {
  const clean = (s: string): string =>
    s
      .replace(/\.[A-Za-z0-9]+$/, '')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[-.]+|-+$/g, '')
      .slice(0, 80);
  if (args.length !== 1) return 'corpus';
  const arg = args[0]!;
  if (arg === '-') return 'stdin';
  if (URL_PATTERN.test(arg)) {
    try {
      const url = new URL(arg);
      const last = url.pathname.split('/').filter(Boolean).pop() ?? url.hostname;
      return clean(last) || clean(url.hostname) || 'article';
    } catch {
      return 'article';
    }
  }
  return clean(basename(arg.replace(/[/\\]+$/, ''))) || 'corpus';
}
