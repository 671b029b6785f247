import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KgUserError } from '@news-kg/schema';
import { registerRender } from './render';

const sample = fileURLToPath(new URL('../../../schema/fixtures/sample.kg.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kg-render-'));

async function run(...args: string[]): Promise<void> {
  const program = new Command('kg').exitOverride();
  registerRender(program);
  await program.parseAsync(['render', ...args], { from: 'user' });
}

afterEach(() => vi.restoreAllMocks());

describe('kg render', () => {
  it('writes one self-contained HTML file and reports it as JSON', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const out = join(dir, 'graph.html');
    await run(sample, '--out', out, '--json');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>Freedonia invokes Public Order Act</title>');
    expect(html).toContain('id="kg-data"');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    const summary = JSON.parse(String(log.mock.calls[0]?.[0]));
    expect(summary).toMatchObject({
      out,
      entities: expect.any(Number),
      relations: expect.any(Number),
    });
    expect(summary.bytes).toBe(Buffer.byteLength(html));
  });

  it('is deterministic for the same document and seed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const a = join(dir, 'a.html');
    const b = join(dir, 'b.html');
    await run(sample, '--out', a, '--seed', '3');
    await run(sample, '--out', b, '--seed', '3');
    const data = (f: string) => readFileSync(f, 'utf8').match(/id="kg-data">([^<]*)</)?.[1];
    expect(data(a)).toBeDefined();
    expect(data(a)).toBe(data(b));
  });

  it('refuses a missing file, non-JSON and an invalid document with one-line user errors', async () => {
    await expect(run(join(dir, 'missing.json'))).rejects.toBeInstanceOf(KgUserError);
    const notJson = join(dir, 'bad.json');
    writeFileSync(notJson, '{ nope');
    await expect(run(notJson)).rejects.toThrow(/is not JSON/);
    const invalid = join(dir, 'invalid.json');
    writeFileSync(
      invalid,
      JSON.stringify({ schemaVersion: '1.0', documents: [], entities: [{}], relations: [] }),
    );
    await expect(run(invalid)).rejects.toThrow(/not a valid KG document/);
  });
});
