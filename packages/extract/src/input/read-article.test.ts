import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KgUserError } from '@news-kg/schema';
import { detectLanguage } from './language';
import { InputError } from '../errors';
import { MAX_ARTICLE_BYTES, decodeArticle, readArticle } from './read-article';

const dir = mkdtempSync(join(tmpdir(), 'extract-read-'));
const file = (name: string, data: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

describe('readArticle', () => {
  it('reads a UTF-8 text file and keeps the overrides', async () => {
    const raw = await readArticle(file('a.txt', 'Chile’s court ruled on Friday.'), {
      date: '2025-01-02',
    });
    expect(raw).toMatchObject({
      format: 'text',
      content: 'Chile’s court ruled on Friday.',
      overrides: { date: '2025-01-02' },
    });
  });

  it('detects HTML by extension and by content', async () => {
    expect((await readArticle(file('b.html', '<p>Hello there.</p>'))).format).toBe('html');
    expect(
      (await readArticle(file('c.txt', '<!doctype html><html><body><p>Hi</p></body></html>')))
        .format,
    ).toBe('html');
  });

  it('rejects a missing file with an InputError (a KgUserError)', async () => {
    const error = await readArticle(join(dir, 'missing.txt')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBeInstanceOf(KgUserError);
  });

  it('rejects empty and whitespace-only input', async () => {
    await expect(readArticle(file('empty.txt', ''))).rejects.toBeInstanceOf(InputError);
    await expect(readArticle(file('blank.txt', '  \n\t \n'))).rejects.toBeInstanceOf(InputError);
  });

  it('rejects binary data and invalid UTF-8', async () => {
    await expect(
      readArticle(file('bin.dat', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]))),
    ).rejects.toThrow(/binary/);
    await expect(
      readArticle(
        file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9])),
      ),
    ).rejects.toThrow(/UTF-8/);
  });

  it('rejects input over 5 MB', async () => {
    const big = file('big.txt', Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61));
    await expect(readArticle(big)).rejects.toThrow(/5 MB/);
    expect(() => decodeArticle(new Uint8Array(MAX_ARTICLE_BYTES + 1), 'x')).toThrow(InputError);
  });

  it('rejects an unreachable URL with a one-line InputError', async () => {
    const error = await readArticle('http://127.0.0.1:9/article').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('language of very short inputs', () => {
  it('accepts a Latin-script dateline or headline too short to guess', () => {
    expect(detectLanguage('SEOUL, South Korea (AP)')).toBe('eng');
    expect(
      detectLanguage(
        'Der Bundestag hat heute das neue Gesetz über die Einwanderung mit großer Mehrheit beschlossen, sagte die Regierung.',
      ),
    ).not.toBe('eng');
  });
});
