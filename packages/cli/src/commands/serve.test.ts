import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KgUserError } from '@news-kg/schema';
import { registerServe } from './serve';

const sample = fileURLToPath(new URL('../../../schema/fixtures/sample.kg.json', import.meta.url));

function program(): Command {
  const p = new Command('kg').exitOverride();
  registerServe(p);
  return p;
}

afterEach(() => vi.restoreAllMocks());

describe('kg serve', () => {
  it('serves the graph page on 127.0.0.1 until interrupted', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    const running = program().parseAsync(['serve', sample, '--port', '0', '--json'], {
      from: 'user',
    });
    await vi.waitFor(() => expect(lines.length).toBe(1), { timeout: 20_000 });
    const { url } = JSON.parse(lines[0]!) as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<title>Freedonia invokes Public Order Act</title>');
    expect((await fetch(`${url}nothing-here`)).status).toBe(404);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
    process.emit('SIGINT');
    await running;
    await expect(fetch(url)).rejects.toThrow();
  });

  it('refuses a bad port and a missing file before listening', async () => {
    await expect(
      program().parseAsync(['serve', sample, '--port', '99999'], { from: 'user' }),
    ).rejects.toBeInstanceOf(KgUserError);
    await expect(
      program().parseAsync(['serve', '/nonexistent/graph.json', '--port', '0'], { from: 'user' }),
    ).rejects.toBeInstanceOf(KgUserError);
  });
});
