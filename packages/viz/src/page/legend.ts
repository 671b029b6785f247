/** Legend that doubles as the type and modality filter (toggle buttons with aria-pressed). */
import type { EntityType, Modality } from '@news-kg/schema';
import type { KgGraph } from '../build-graph';
import { ENTITY_STYLES, MODALITY_STYLES } from '../entity-styles';
import { el } from './dom';
import { shapeIcon, strokeIcon } from './shape-icons';

export interface LegendActions {
  toggleType(type: EntityType, hidden: boolean): void;
  toggleModality(modality: Modality, hidden: boolean): void;
}

function toggle(
  label: Node[],
  testId: string,
  onChange: (hidden: boolean) => void,
): HTMLButtonElement {
  const button = el('button', {
    type: 'button',
    class: 'legend-toggle',
    'aria-pressed': 'true',
    'data-testid': testId,
  });
  button.append(...label);
  button.addEventListener('click', () => {
    const shown = button.getAttribute('aria-pressed') === 'true';
    button.setAttribute('aria-pressed', shown ? 'false' : 'true');
    onChange(shown);
  });
  return button;
}

export function buildLegend(
  graph: KgGraph,
  typeLabels: Record<EntityType, string>,
  modalities: readonly Modality[],
  actions: LegendActions,
): HTMLElement {
  const typeCounts = new Map<EntityType, number>();
  graph.forEachNode((_n, a) =>
    typeCounts.set(a.entityType, (typeCounts.get(a.entityType) ?? 0) + 1),
  );
  const modalityCounts = new Map<Modality, number>();
  graph.forEachEdge((_e, a) =>
    modalityCounts.set(a.modality, (modalityCounts.get(a.modality) ?? 0) + 1),
  );

  const types = el('ul', { class: 'legend-list' });
  for (const type of Object.keys(ENTITY_STYLES) as EntityType[]) {
    const count = typeCounts.get(type);
    if (!count) continue;
    const style = ENTITY_STYLES[type];
    types.append(
      el(
        'li',
        {},
        toggle(
          [
            shapeIcon(style.shape, style.color),
            el('span', {}, typeLabels[type] ?? type),
            el('span', { class: 'count' }, String(count)),
          ],
          `legend-type-${type}`,
          (hidden) => actions.toggleType(type, hidden),
        ),
      ),
    );
  }

  const mods = el('ul', { class: 'legend-list' });
  for (const modality of modalities) {
    const count = modalityCounts.get(modality);
    if (!count) continue;
    const style = MODALITY_STYLES[modality];
    const button = toggle(
      [
        strokeIcon(style.color, style.stroke),
        el('span', {}, style.label),
        el('span', { class: 'count' }, String(count)),
      ],
      `legend-modality-${modality}`,
      (hidden) => actions.toggleModality(modality, hidden),
    );
    button.title = style.description;
    mods.append(el('li', {}, button));
  }

  return el(
    'details',
    { class: 'legend', id: 'kg-legend', open: true },
    el('summary', {}, 'Legend and filters'),
    el('h2', {}, 'Entities'),
    el(
      'p',
      { class: 'legend-note' },
      'Click to hide or show a type. Bigger shapes have more relations.',
    ),
    types,
    el('h2', {}, 'Relations'),
    el(
      'p',
      { class: 'legend-note' },
      'Dashed and dotted lines are claims, allegations and denials — not established facts.',
    ),
    mods,
  );
}
