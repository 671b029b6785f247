import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, expandInputs, outputName } from './inputs';

describe('expandInputs', () => {
  it('lists a folder recursively, sorted, article extensions only, hidden files skipped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-inputs-'));
    await mkdir(join(dir, 'sub'));
    await mkdir(join(dir, '.git'));
    for (const f of [
      'b.txt',
      'a.html',
      'notes.json',
      'SOURCES.md',
      '.hidden.txt',
      'sub/c.htm',
      '.git/d.txt',
    ]) {
      await writeFile(join(dir, f), 'x');
    }
    const inputs = await expandInputs([dir]);
    expect(inputs.map((i) => i.spec)).toEqual([
      join(dir, 'a.html'),
      join(dir, 'b.txt'),
      join(dir, 'sub', 'c.htm'),
    ]);
  });

  it('keeps files, URLs and missing paths in the order given, without duplicates', async () => {
    const inputs = await expandInputs(['x.txt', 'https://example.org/a', 'x.txt', 'missing.txt']);
    expect(inputs.map((i) => i.spec)).toEqual(['x.txt', 'https://example.org/a', 'missing.txt']);
  });

  it('refuses an empty folder and no input at all', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-inputs-empty-'));
    await expect(expandInputs([dir])).rejects.toThrow(/holds no article files/);
    await expect(expandInputs([])).rejects.toThrow(/no input given/);
    await expect(expandInputs(['-', 'a.txt'])).rejects.toThrow(/standard input \(-\) can only be/);
    expect(await expandInputs(['-'])).toEqual([{ spec: '-', label: 'stdin' }]);
  });
});

describe('outputName', () => {
  it('names the output after the file, folder or URL', () => {
    expect(outputName(['data/articles/dw-2025-03-21-venezuela.txt'])).toBe(
      'dw-2025-03-21-venezuela',
    );
    expect(outputName(['data/articles/'])).toBe('articles');
    expect(outputName(['https://www.dw.com/en/some-story/a-72000000'])).toBe('a-72000000');
    expect(outputName(['a.txt', 'b.txt'])).toBe('corpus');
    expect(outputName(['we ird;name$.html'])).toBe('we-ird-name');
  });

  it('shows paths inside the working directory relative, others as given', () => {
    expect(displayPath('/w/data/a.txt', '/w')).toBe('data/a.txt');
    expect(displayPath('/tmp/a.txt', '/w')).toBe('/tmp/a.txt');
  });
});
