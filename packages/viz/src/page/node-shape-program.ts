/**
 * A WebGL node program that draws one of ten shapes per node (the shape code
 * comes from the entity type, see entity-styles.ts), with a white outline so
 * that touching nodes stay apart. Same triangle trick as sigma's circle program:
 * one triangle per node, the shape cut out in the fragment shader by its
 * signed distance.
 */
import { NodeProgram } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;
varying float v_aa;

const float bias = 255.0 / 254.0;

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));
  vec2 position = a_position + diffVector;
  gl_Position = vec4((u_matrix * vec3(position, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = size / 2.0;
  v_shape = a_shape;
  v_aa = u_correctionRatio * 1.5 / v_radius;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;
varying float v_aa;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const vec4 outline = vec4(1.0, 1.0, 1.0, 1.0);

float triangle(vec2 p) {
  // Equilateral triangle pointing up, inscribed in the unit disc.
  return max(abs(p.x) * 0.866025 + p.y * 0.5, -p.y) - 0.45;
}

float shapeDistance(vec2 p, float s) {
  vec2 q = abs(p);
  if (s < 0.5) return length(p) - 0.92;                                   // circle
  if (s < 1.5) return max(q.x, q.y) - 0.72;                               // square
  if (s < 2.5) return max(q.x * 0.866025 + q.y * 0.5, q.y) - 0.8;         // hexagon
  if (s < 3.5) return (q.x + q.y) * 0.7071 - 0.66;                        // diamond
  if (s < 4.5) return triangle(vec2(p.x, p.y + 0.15));                    // triangle
  if (s < 5.5) {                                                          // frame with bars
    float frame = abs(max(q.x, q.y) - 0.6) - 0.14;
    float bars = max(abs(q.x - 0.0) - 0.1, q.y - 0.7);
    return min(frame, bars);
  }
  if (s < 6.5) return triangle(vec2(p.x, -p.y + 0.15));                   // triangle down
  if (s < 7.5) return length(max(q - 0.42, 0.0)) - 0.32;                  // rounded square
  if (s < 8.5) return abs(length(p) - 0.64) - 0.26;                       // ring
  // pin: a disc on a downward point, with a hole
  vec2 c = p - vec2(0.0, 0.22);
  float disc = length(c) - 0.6;
  float point = max(abs(p.x) - (p.y + 0.95) * 0.5, max(p.y - 0.22, -0.95 - p.y));
  return max(min(disc, point), -(length(c) - 0.22));
}

void main(void) {
  vec2 p = v_diffVector / v_radius;
  float d = shapeDistance(p, v_shape);
  #ifdef PICKING_MODE
  // Pick on the whole disc, so that the hole of a ring or a frame still hits the node.
  gl_FragColor = length(p) > 0.95 ? transparent : v_color;
  #else
  float border = 0.1;
  float t = clamp(d / v_aa, 0.0, 1.0);
  float edge = clamp((d + border) / v_aa, 0.0, 1.0);
  vec4 col = mix(v_color, outline, edge);
  gl_FragColor = mix(col, transparent, t);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;
const UNIFORMS = ['u_sizeRatio', 'u_correctionRatio', 'u_matrix'] as const;

export class NodeShapeProgram extends NodeProgram<(typeof UNIFORMS)[number]> {
  getDefinition() {
    return {
      VERTICES: 3,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: WebGLRenderingContext.TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_shape', size: 1, type: FLOAT },
      ],
      CONSTANT_ATTRIBUTES: [{ name: 'a_angle', size: 1, type: FLOAT }],
      CONSTANT_DATA: [[0], [(2 * Math.PI) / 3], [(4 * Math.PI) / 3]],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    const array = this.array;
    let i = startIndex;
    array[i++] = data.x;
    array[i++] = data.y;
    array[i++] = data.size;
    array[i++] = floatColor(data.color);
    array[i++] = nodeIndex;
    array[i] = (data as NodeDisplayData & { shape?: number }).shape ?? 0;
  }

  setUniforms(
    params: RenderParams,
    {
      gl,
      uniformLocations,
    }: { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> },
  ): void {
    gl.uniform1f(uniformLocations.u_correctionRatio!, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio!, params.sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix!, false, params.matrix);
  }
}
