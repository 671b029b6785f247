/**
 * Edge programs for relations that are not reported as fact: sigma's clamped
 * edge (line stopping at the arrow head) with its shaders patched to leave gaps
 * along the line, composed with sigma's arrow head. `dash`/`gap` are in pixels.
 */
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  type EdgeProgramType,
} from 'sigma/rendering';

interface ProgramDefinitionLike {
  VERTEX_SHADER_SOURCE: string;
  FRAGMENT_SHADER_SOURCE: string;
  [key: string]: unknown;
}

type ProgramClass = new (...args: never[]) => { getDefinition(): ProgramDefinitionLike };

function patch(def: ProgramDefinitionLike, dash: number, gap: number): ProgramDefinitionLike {
  const vertex = def.VERTEX_SHADER_SOURCE.replace(
    'varying float v_feather;',
    'varying float v_feather;\nvarying float v_along;',
  ).replace(
    'v_thickness = webGLThickness / u_zoomRatio;',
    'v_thickness = webGLThickness / u_zoomRatio;\n  v_along = a_positionCoef * length(a_positionEnd - a_positionStart) / u_correctionRatio;',
  );
  const fragment = def.FRAGMENT_SHADER_SOURCE.replace(
    'varying float v_feather;',
    'varying float v_feather;\nvarying float v_along;',
  ).replace(
    'float dist = length(v_normal) * v_thickness;',
    `if (mod(v_along, ${(dash + gap).toFixed(1)}) > ${dash.toFixed(1)}) discard;\n  float dist = length(v_normal) * v_thickness;`,
  );
  if (!vertex.includes('v_along =') || !fragment.includes('discard')) {
    throw new Error('dashed-edge-program: sigma edge shaders changed; update the patch');
  }
  return { ...def, VERTEX_SHADER_SOURCE: vertex, FRAGMENT_SHADER_SOURCE: fragment };
}

export function createDashedArrowProgram(dash: number, gap: number): EdgeProgramType {
  const Clamped = createEdgeClampedProgram() as unknown as ProgramClass;
  class DashedClamped extends Clamped {
    override getDefinition(): ProgramDefinitionLike {
      return patch(super.getDefinition(), dash, gap);
    }
  }
  return createEdgeCompoundProgram([
    DashedClamped as unknown as EdgeProgramType,
    createEdgeArrowHeadProgram(),
  ]);
}

/**
 * The same gaps for sigma's curved arrow (used for parallel relations): the
 * distance from the source point stands in for the arc length, which is close
 * for the gentle curves used here; the arrow head stays solid.
 */
export function createDashedCurvedArrowProgram(
  base: EdgeProgramType,
  dash: number,
  gap: number,
): EdgeProgramType {
  const Curved = base as unknown as ProgramClass;
  class DashedCurved extends Curved {
    override getDefinition(): ProgramDefinitionLike {
      const def = super.getDefinition();
      const anchor = '\n\n  float halfThickness = thickness / 2.0;';
      if (
        !def.FRAGMENT_SHADER_SOURCE.includes(anchor) ||
        !def.FRAGMENT_SHADER_SOURCE.includes('distToTarget')
      ) {
        throw new Error('dashed-edge-program: @sigma/edge-curve shaders changed; update the patch');
      }
      const gaps = `
  #ifndef PICKING_MODE
  if (distToTarget >= targetArrowLength && mod(length(gl_FragCoord.xy - v_cpA), ${(dash + gap).toFixed(1)}) > ${dash.toFixed(1)}) {
    gl_FragColor = transparent;
    return;
  }
  #endif`;
      return {
        ...def,
        FRAGMENT_SHADER_SOURCE: def.FRAGMENT_SHADER_SOURCE.replace(anchor, `${gaps}${anchor}`),
      };
    }
  }
  return DashedCurved as unknown as EdgeProgramType;
}
