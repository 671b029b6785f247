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
