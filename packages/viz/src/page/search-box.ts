/**
 * Search with autocomplete over names and aliases: an ARIA 1.2 combobox
 * (input + listbox), operable with ArrowUp/ArrowDown/Enter/Escape.
 */
import type { EntityType } from '@news-kg/schema';
import type { KgGraph } from '../build-graph';
import { ENTITY_STYLES } from '../entity-styles';
import { clear, el } from './dom';
import { shapeIcon } from './shape-icons';

interface Entry {
  node: string;
  name: string;
  /** The alias that matched, when it was not the name. */
  text: string;
  folded: string;
  type: EntityType;
  degree: number;
}

// (module-level, like every \p{…} pattern: see eslint.config.js)
const MARKS = /\p{M}+/gu;

export function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

export function buildSearchIndex(graph: KgGraph): Entry[] {
  const entries: Entry[] = [];
  graph.forEachNode((node, attr) => {
    for (const text of [attr.name, ...attr.aliases]) {
      entries.push({
        node,
        name: attr.name,
        text,
        folded: fold(text),
        type: attr.entityType,
        degree: attr.degree,
      });
    }
  });
  return entries;
}

/** Best matches first: name/alias prefix, then word prefix, then substring; ties by degree. */
export function searchEntries(entries: Entry[], query: string, limit = 8): Entry[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored: { e: Entry; score: number }[] = [];
  for (const e of entries) {
    const at = e.folded.indexOf(q);
    if (at < 0) continue;
    const score = at === 0 ? 0 : /[\s\-'’(]/.test(e.folded[at - 1] ?? '') ? 1 : 2;
    scored.push({ e, score: score + (e.text === e.name ? 0 : 0.5) });
  }
  scored.sort(
    (a, b) => a.score - b.score || b.e.degree - a.e.degree || a.e.name.localeCompare(b.e.name),
  );
  const seen = new Set<string>();
  const out: Entry[] = [];
  for (const { e } of scored) {
    if (seen.has(e.node)) continue;
    seen.add(e.node);
    out.push(e);
    if (out.length >= limit) break;
  }
  return out;
}

export class SearchBox {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly entries: Entry[];
  private results: Entry[] = [];
  private active = -1;

  constructor(
    graph: KgGraph,
    private readonly onChoose: (node: string) => void,
  ) {
    this.entries = buildSearchIndex(graph);
    this.input = el('input', {
      id: 'kg-search',
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'Search people, places, laws…',
      'aria-keyshortcuts': '/',
      title: 'Search (press / to jump here)',
      'aria-label': 'Search entities by name or alias',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'kg-search-results',
    });
    this.list = el('ul', {
      id: 'kg-search-results',
      role: 'listbox',
      class: 'search-results',
      'aria-label': 'Matching entities',
      hidden: true,
    });
    this.root = el('div', { class: 'search', role: 'search' }, this.input, this.list);

    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  private update(): void {
    this.results = searchEntries(this.entries, this.input.value);
    this.active = this.results.length ? 0 : -1;
    this.renderList();
  }

  private renderList(): void {
    clear(this.list);
    if (!this.results.length) {
      this.close();
      return;
    }
    this.results.forEach((r, i) => {
      const style = ENTITY_STYLES[r.type];
      const option = el(
        'li',
        {
          id: `kg-search-option-${i}`,
          role: 'option',
          class: 'search-option',
          'aria-selected': i === this.active ? 'true' : 'false',
        },
        shapeIcon(style.shape, style.color, 14),
        el('span', { class: 'option-name' }, r.name),
        r.text !== r.name ? el('span', { class: 'option-alias' }, `“${r.text}”`) : null,
        el('span', { class: 'option-type' }, style.label),
      );
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        this.choose(i);
      });
      this.list.append(option);
    });
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0)
      this.input.setAttribute('aria-activedescendant', `kg-search-option-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private choose(i: number): void {
    const r = this.results[i];
    if (!r) return;
    this.input.value = r.name;
    this.close();
    this.onChoose(r.node);
  }

  private onKey(event: KeyboardEvent): void {
    const open = !this.list.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) this.update();
        else if (this.results.length) this.active = (this.active + 1) % this.results.length;
        this.renderList();
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open && this.results.length) {
          this.active = (this.active - 1 + this.results.length) % this.results.length;
          this.renderList();
        }
        break;
      case 'Enter':
        if (open && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          this.close();
        } else {
          this.input.value = '';
        }
        break;
    }
  }
}
