/**
 * The side panel: an entity (name, type, aliases, every relation in words with its
 * modality and quoted evidence) or a single relation. Text only, via dom.ts.
 */
import type { KgArticleInfo, KgEdgeAttributes, KgGraph } from '../build-graph';
import { ENTITY_STYLES, MODALITY_STYLES } from '../entity-styles';
import { clear, el, safeHref } from './dom';
import { modalityText, qualifierText } from './relation-text';
import { shapeIcon, strokeIcon } from './shape-icons';

/** The sentence in quotes with the span that states the relation marked (as text nodes). */
function quoted(sentence: string, span: string): (string | HTMLElement)[] {
  const at = span ? sentence.indexOf(span) : -1;
  if (at < 0) return [`“${sentence}”`];
  return [
    `“${sentence.slice(0, at)}`,
    el('mark', {}, span),
    `${sentence.slice(at + span.length)}”`,
  ];
}

export interface PanelActions {
  selectNode(node: string): void;
  close(): void;
}

export class SidePanel {
  readonly root: HTMLElement;
  private readonly body: HTMLElement;

  constructor(
    private readonly graph: KgGraph,
    private readonly actions: PanelActions,
  ) {
    const close = el(
      'button',
      { type: 'button', class: 'panel-close', 'aria-label': 'Close panel' },
      '×',
    );
    close.addEventListener('click', () => actions.close());
    this.body = el('div', { class: 'panel-body' });
    this.root = el(
      'aside',
      {
        id: 'kg-panel',
        class: 'panel',
        'aria-live': 'polite',
        'aria-label': 'Details',
        hidden: true,
      },
      close,
      this.body,
    );
  }

  hide(): void {
    this.root.hidden = true;
    clear(this.body);
    document.body.classList.remove('panel-open');
  }

  private open(): void {
    this.root.hidden = false;
    document.body.classList.add('panel-open');
    this.root.scrollTop = 0;
  }

  showNode(node: string): void {
    const attr = this.graph.getNodeAttributes(node);
    const style = ENTITY_STYLES[attr.entityType];
    clear(this.body);
    this.body.append(
      el('h2', { class: 'panel-title', 'data-testid': 'panel-name' }, attr.name),
      el(
        'p',
        { class: 'panel-type', 'data-testid': 'panel-type' },
        shapeIcon(style.shape, style.color, 14),
        ` ${style.label}`,
      ),
    );
    if (attr.aliases.length) {
      this.body.append(
        el(
          'p',
          { class: 'panel-aliases', 'data-testid': 'panel-aliases' },
          `Also called: ${attr.aliases.join(', ')}`,
        ),
      );
    }
    const edges = this.graph.edges(node);
    this.body.append(el('h3', {}, edges.length === 1 ? '1 relation' : `${edges.length} relations`));
    const list = el('ul', { class: 'relations', 'data-testid': 'panel-relations' });
    for (const edge of edges) list.append(this.relationItem(edge, node));
    this.body.append(list);
    this.open();
  }

  /** Every visible relation in words, strongest-connected subjects first: the graph as text. */
  showAll(edges: string[]): void {
    clear(this.body);
    this.body.append(
      el('h2', { class: 'panel-title', 'data-testid': 'panel-name' }, 'All relations'),
      el('p', { class: 'panel-aliases' }, `${edges.length} relations, as the article states them.`),
    );
    const list = el('ul', { class: 'relations', 'data-testid': 'panel-relations' });
    const shown = edges.slice(0, 500);
    for (const edge of shown) list.append(this.relationItem(edge, null));
    this.body.append(list);
    if (edges.length > shown.length) {
      this.body.append(
        el(
          'p',
          { class: 'panel-aliases' },
          `… and ${edges.length - shown.length} more; search for an entity to see its own.`,
        ),
      );
    }
    this.open();
  }

  showEdge(edge: string): void {
    clear(this.body);
    this.body.append(el('h2', { class: 'panel-title', 'data-testid': 'panel-name' }, 'Relation'));
    const list = el('ul', { class: 'relations', 'data-testid': 'panel-relations' });
    list.append(this.relationItem(edge, null));
    this.body.append(list);
    this.open();
  }

  private entityLink(node: string, current: string | null): HTMLElement {
    const name = this.graph.getNodeAttribute(node, 'name');
    if (node === current) return el('strong', {}, name);
    const button = el('button', { type: 'button', class: 'entity-link' }, name);
    button.addEventListener('click', () => this.actions.selectNode(node));
    return button;
  }

  private relationItem(edge: string, current: string | null): HTMLElement {
    const attr: KgEdgeAttributes = this.graph.getEdgeAttributes(edge);
    const [source, target] = this.graph.extremities(edge);
    const tail = qualifierText(attr);
    const modality = MODALITY_STYLES[attr.modality];
    const item = el(
      'li',
      { class: `relation modality-${attr.modality}`, 'data-edge': edge },
      el(
        'p',
        { class: 'relation-sentence' },
        this.entityLink(source, current),
        ` ${attr.label} `,
        this.entityLink(target, current),
        tail ? ` ${tail}` : null,
      ),
      el(
        'p',
        { class: 'relation-modality', title: modality.description },
        strokeIcon(modality.color, modality.stroke),
        ` ${modalityText(attr)}`,
      ),
    );
    const articles = this.graph.getAttribute('articles') ?? {};
    for (const ev of attr.evidence) {
      item.append(this.evidence(ev.sentence, ev.text, articles[ev.documentId], ev.documentId));
    }
    return item;
  }

  private evidence(
    sentence: string,
    span: string,
    article: KgArticleInfo | undefined,
    documentId: string,
  ): HTMLElement {
    const title = article?.title ?? article?.source ?? documentId;
    const href = safeHref(article?.url);
    const date = article?.publishedAt ? ` (${article.publishedAt})` : '';
    const source = href
      ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, title)
      : el('span', {}, title);
    return el(
      'figure',
      { class: 'evidence' },
      el('blockquote', { 'data-testid': 'evidence-sentence' }, ...quoted(sentence, span)),
      el('figcaption', {}, '— ', source, date),
    );
  }
}
