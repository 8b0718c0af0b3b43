import type { Doc } from './doc.js';
import type { Entity, Mention } from './entity.js';
import type { Quantity } from './quantity.js';
import type { Relation } from './relation.js';
import type { Statement } from './statement.js';
import type { TimeExpr } from './time-expr.js';

/** Everything the per-article pipeline produces, one field per layer. */
export interface Layers {
  readonly entities: { readonly entities: readonly Entity[]; readonly mentions: readonly Mention[] };
  readonly times: readonly TimeExpr[];
  readonly quantities: readonly Quantity[];
  readonly statements: readonly Statement[];
  readonly relations: readonly Relation[];
}
export type LayerName = keyof Layers;
export const LAYER_NAMES: readonly LayerName[] = ['entities', 'times', 'quantities', 'statements', 'relations'];

/** The analysis of one article. */
export interface Analysis {
  readonly doc: Doc;
  readonly layers: Layers;
  /** Extractor version per layer, so the store knows what to re-run. */
  readonly versions: Readonly<Record<LayerName, number>>;
}
