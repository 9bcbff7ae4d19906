/** The entity stage: mentions of people, organisations, places, groups and events, clustered per referent. */
import type { Document } from '../document/types.js';
import type { Entity, Span } from '../../types.js';

/** A definite description ("the top American diplomat") that stands for an entity. */
export interface ResolvedDescription {
  readonly span: Span;
  /** Id of the entity it stands for. */
  readonly entity: string;
}

/** What the entity stage gives later stages. */
export interface EntityAnalysis {
  /** One per referent, in order of first mention, ids "e1", "e2", … */
  readonly entities: readonly Entity[];
  /** Descriptions resolved to an entity where that is unambiguous. */
  readonly descriptions: readonly ResolvedDescription[];
}

/** Finds and clusters the entities of `doc`. */
export function findEntities(doc: Document): EntityAnalysis {
  void doc;
  return { entities: [], descriptions: [] };
}
