/** SVG icons matching the WebGL node shapes, for the legend and the panel. */
import type { NodeShape } from '../entity-styles';
import { svg } from './dom';

export function shapeIcon(shape: NodeShape, color: string, size = 16): SVGElement {
  const fill = { fill: color, stroke: '#fff', 'stroke-width': 1 };
  let body: SVGElement[];
  switch (shape) {
    case 'circle':
      body = [svg('circle', { cx: 8, cy: 8, r: 7, ...fill })];
      break;
    case 'square':
      body = [svg('rect', { x: 2, y: 2, width: 12, height: 12, ...fill })];
      break;
    case 'hexagon':
      body = [svg('polygon', { points: '8,1 14.5,4.5 14.5,11.5 8,15 1.5,11.5 1.5,4.5', ...fill })];
      break;
    case 'diamond':
      body = [svg('polygon', { points: '8,1 15,8 8,15 1,8', ...fill })];
      break;
    case 'triangle':
      body = [svg('polygon', { points: '8,1.5 15,14 1,14', ...fill })];
      break;
    case 'triangle-down':
      body = [svg('polygon', { points: '1,2 15,2 8,14.5', ...fill })];
      break;
    case 'frame':
      body = [
        svg('rect', {
          x: 2.5,
          y: 2.5,
          width: 11,
          height: 11,
          fill: 'none',
          stroke: color,
          'stroke-width': 2.5,
        }),
        svg('rect', { x: 7, y: 2.5, width: 2, height: 11, fill: color }),
      ];
      break;
    case 'rounded-square':
      body = [svg('rect', { x: 2, y: 2, width: 12, height: 12, rx: 4, ...fill })];
      break;
    case 'ring':
      body = [
        svg('circle', { cx: 8, cy: 8, r: 5, fill: 'none', stroke: color, 'stroke-width': 4 }),
      ];
      break;
    case 'pin':
      body = [
        svg('path', { d: 'M8 15 L3.2 8.5 A5.2 5.2 0 1 1 12.8 8.5 Z', ...fill }),
        svg('circle', { cx: 8, cy: 5.8, r: 1.8, fill: '#fff' }),
      ];
      break;
  }
  return svg(
    'svg',
    { width: size, height: size, viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' },
    ...body,
  );
}

export function strokeIcon(color: string, stroke: 'solid' | 'dashed' | 'dotted'): SVGElement {
  const dash = stroke === 'solid' ? 'none' : stroke === 'dashed' ? '6 4' : '2 3';
  return svg(
    'svg',
    { width: 28, height: 12, viewBox: '0 0 28 12', 'aria-hidden': 'true', focusable: 'false' },
    svg('line', {
      x1: 1,
      y1: 6,
      x2: 21,
      y2: 6,
      stroke: color,
      'stroke-width': 2.5,
      'stroke-dasharray': dash,
    }),
    svg('polygon', { points: '20,2 27,6 20,10', fill: color }),
  );
}
