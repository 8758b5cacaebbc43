/**
 * What a decoded update would do to a room's document, worked out from its structs and delete set
 * against the document as it is, without applying anything: which items it inserts where, and which
 * live items it deletes. Anything Yjs would have to keep pending (a struct after a gap in its client's
 * clock, an item whose origin or parent the room does not have, a deletion of an id nobody has) is
 * refused here, so the room's document never holds pending structs or deletions.
 */
import * as Y from 'yjs';
import {
  type DecodedItem,
  type DecodedStruct,
  type DecodedUpdate,
  forEachDeletion,
  type Id,
  UpdateRefused,
} from './readUpdate';

/** The type an item sits in: a root of the document, a type the room has, or one this update creates. */
export type TypeRef =
  | { at: 'root'; name: string }
  | { at: 'room'; type: Y.AbstractType<unknown> }
  | { at: 'update'; item: DecodedItem };

export interface Placement {
  /** The root's name, then the keys down to the item; `[]` stands for a place in a sequence. */
  path: string[];
  parent: TypeRef;
  /** The record (the type at `[root, key]`) the item is inside; null for an entry of a root itself. */
  record: TypeRef | null;
}

export interface InsertEffect extends Placement {
  item: DecodedItem;
}

export interface DeleteEffect extends Placement {
  item: Y.Item;
}

export interface UpdateEffects {
  inserts: InsertEffect[];
  deletes: DeleteEffect[];
  /** Clients whose structs this update extends, with the first clock the room does not have. */
  extended: Map<number, number>;
}

/** Inserts first, deletions on demand: a rule can refuse on the inserts before the delete set is read. */
export interface StagedEffects {
  inserts: InsertEffect[];
  extended: Map<number, number>;
  deletions(): DeleteEffect[];
}

export interface EffectLimits {
  /** Live items one update may delete; honest updates delete what their person just replaced. */
  maxNewDeletions: number;
  /** Room structs looked at while checking deletions; a sync-step-2 walks every deleted one once. */
  maxStructsWalked: number;
}

export const DEFAULT_EFFECT_LIMITS: EffectLimits = {
  maxNewDeletions: 5_000,
  maxStructsWalked: 2_000_000,
};

const SEQUENCE = '[]';
const MAX_NESTING = 8;
type Resolved = Placement | 'garbage';
type Found = { at: 'room'; struct: Y.Item | Y.GC } | { at: 'update'; struct: DecodedStruct };

export function resolveEffects(
  doc: Y.Doc,
  update: DecodedUpdate,
  limits: EffectLimits = DEFAULT_EFFECT_LIMITS,
): StagedEffects {
  const resolver = new Resolver(doc, update, limits);
  const { inserts, extended } = resolver.run();
  return { inserts, extended, deletions: () => resolver.deletions() };
}

class Resolver {
  private readonly store: Y.Doc['store'];
  private readonly runs = new Map<number, DecodedUpdate['runs'][number]>();
  private readonly placements = new Map<DecodedItem, Resolved>();
  private walked = 0;
  private nesting = 0;

  constructor(
    doc: Y.Doc,
    private readonly update: DecodedUpdate,
    private readonly limits: EffectLimits,
  ) {
    this.store = doc.store;
    for (const run of update.runs) this.runs.set(run.client, run);
  }

  run(): Pick<UpdateEffects, 'inserts' | 'extended'> {
    const extended = new Map<number, number>();
    const inserts: InsertEffect[] = [];
    for (const run of this.update.runs) {
      const known = Y.getState(this.store, run.client);
      // Yjs would keep such a run pending until the missing clocks arrive, which from a hostile peer is never.
      if (run.clock > known) throw new UpdateRefused('a gap in a client clock');
      if (run.end <= known) continue;
      extended.set(run.client, known);
      for (const struct of run.structs) {
        if (struct.struct !== 'item' || struct.clock + struct.length <= known) continue;
        const placement = this.placementOf(struct);
        if (placement !== 'garbage') inserts.push({ ...placement, item: struct });
      }
    }
    return { inserts, extended };
  }

  /** Where an update's item lands: its parent given, or its origin's, as Yjs decides on integration. */
  private placementOf(start: DecodedItem): Resolved {
    // Origins chain through the update (every typed character points at the previous one): walk them
    // iteratively, so a long chain costs a loop, not the stack.
    const chain = new Set<DecodedItem>();
    let item: DecodedItem = start;
    let resolved: Resolved | undefined;
    for (;;) {
      const memo = this.placements.get(item);
      if (memo !== undefined) {
        resolved = memo;
        break;
      }
      chain.add(item);
      const direct = this.directPlacement(item);
      if (direct !== null) {
        resolved = direct;
        break;
      }
      const neighbour = this.neighbourOf(item);
      if (neighbour === 'garbage') {
        resolved = 'garbage';
        break;
      }
      if (neighbour.at === 'room') {
        resolved = this.roomPlacement(neighbour.struct);
        break;
      }
      if (chain.has(neighbour.struct as DecodedItem))
        throw new UpdateRefused('items that depend on each other');
      item = neighbour.struct as DecodedItem;
    }
    for (const link of chain) this.placements.set(link, resolved);
    return resolved;
  }

  /** The placement of an item that names its parent; null when it inherits its origin's. */
  private directPlacement(item: DecodedItem): Resolved | null {
    if (item.origin !== null || item.rightOrigin !== null) return null;
    const key = item.parentSub ?? SEQUENCE;
    if (item.parentRoot !== null) {
      return { path: [item.parentRoot, key], parent: { at: 'root', name: item.parentRoot }, record: null };
    }
    const found = this.find(item.parentItem as Id);
    if (found.at === 'room') {
      if (found.struct instanceof Y.GC) return 'garbage';
      const content = found.struct.content;
      if (!(content instanceof Y.ContentType)) throw new UpdateRefused('a parent that is not a type');
      return this.inside({ at: 'room', type: content.type }, key);
    }
    const holder = found.struct;
    if (holder.struct === 'gc') return 'garbage';
    if (holder.content.kind !== 'type') throw new UpdateRefused('a parent that is not a type');
    return this.inside({ at: 'update', item: holder }, key);
  }

  /**
   * The neighbour an item copies its parent from, as Yjs's `getMissing` picks it: both origins must
   * exist, either being garbage-collected makes the item garbage, else the left one's parent wins.
   */
  private neighbourOf(item: DecodedItem): Found | 'garbage' {
    const left = item.origin === null ? null : this.find(item.origin);
    const right = item.rightOrigin === null ? null : this.find(item.rightOrigin);
    if ((left && isGc(left)) || (right && isGc(right))) return 'garbage';
    return (left ?? right) as Found;
  }

  private roomPlacement(struct: Y.Item | Y.GC): Resolved {
    if (struct instanceof Y.GC) return 'garbage';
    return this.inside(
      { at: 'room', type: struct.parent as Y.AbstractType<unknown> },
      struct.parentSub ?? SEQUENCE,
    );
  }

  /** The placement of an item under `parent` at `key`, with the record it belongs to. */
  private inside(parent: TypeRef, key: string): Placement {
    if (parent.at === 'root') return { path: [parent.name, key], parent, record: null };
    const path = [...this.pathOfType(parent), key];
    return { path, parent, record: this.recordOf(parent, path.length - 1) };
  }

  /** The ancestor of a type at `[root, key]`, given the type's own depth in the path. */
  private recordOf(type: TypeRef, depth: number): TypeRef | null {
    let ref: TypeRef = type;
    for (let level = depth; level > 2; level--) {
      if (ref.at === 'room') {
        const holder = ref.type._item;
        if (holder === null) return null;
        ref = { at: 'room', type: holder.parent as Y.AbstractType<unknown> };
      } else if (ref.at === 'update') {
        const placement = this.placementOf(ref.item);
        if (placement === 'garbage') return null;
        ref = placement.parent;
      } else {
        return null;
      }
    }
    return ref;
  }

  private pathOfType(ref: TypeRef): string[] {
    if (ref.at === 'root') return [ref.name];
    if (ref.at === 'update') {
      // Types nested in types nested in…: no document of Fresco goes deeper than a few levels.
      if (++this.nesting > MAX_NESTING) throw new UpdateRefused('types nested too deep');
      const placement = this.placementOf(ref.item);
      this.nesting--;
      if (placement === 'garbage') throw new UpdateRefused('a parent that is not a type');
      return placement.path;
    }
    const keys: string[] = [];
    let type: Y.AbstractType<unknown> = ref.type;
    while (type._item !== null) {
      keys.push(type._item.parentSub ?? SEQUENCE);
      type = type._item.parent as Y.AbstractType<unknown>;
    }
    keys.push(Y.findRootTypeKey(type));
    return keys.reverse();
  }

  /** The struct holding an id, in the room or in this update; a missing one is refused, not left pending. */
  private find(id: Id): Found {
    if (id.clock < Y.getState(this.store, id.client)) {
      return { at: 'room', struct: Y.getItem(this.store, Y.createID(id.client, id.clock)) as Y.Item | Y.GC };
    }
    const run = this.runs.get(id.client);
    if (run && id.clock >= run.clock && id.clock < run.end) {
      const struct = structAt(run.structs, id.clock);
      if (struct) return { at: 'update', struct };
    }
    throw new UpdateRefused('depends on something the server does not have');
  }

  /** Live room items the delete set reaches; deletions of what is already deleted cost a lookup. */
  deletions(): DeleteEffect[] {
    const deletes: DeleteEffect[] = [];
    forEachDeletion(this.update, (client, clock, end) => {
      const known = Y.getState(this.store, client);
      const run = this.runs.get(client);
      if (end > (run ? Math.max(known, run.end) : known))
        throw new UpdateRefused('deletes something nobody has');
      const structs = this.store.clients.get(client);
      if (clock < known && structs) this.walkRoom(structs, clock, Math.min(end, known), deletes);
    });
    return deletes;
  }

  private walkRoom(structs: Array<Y.Item | Y.GC>, clock: number, end: number, into: DeleteEffect[]): void {
    for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
      const struct = structs[index] as Y.Item | Y.GC;
      if (struct.id.clock >= end) return;
      if (++this.walked > this.limits.maxStructsWalked) throw new UpdateRefused('too much to delete at once');
      if (struct instanceof Y.GC || struct.deleted) continue;
      if (into.length >= this.limits.maxNewDeletions) throw new UpdateRefused('too much to delete at once');
      const placement = this.roomPlacement(struct);
      if (placement !== 'garbage') into.push({ ...placement, item: struct });
    }
  }
}

function isGc(found: Found): boolean {
  return found.at === 'room' ? found.struct instanceof Y.GC : found.struct.struct === 'gc';
}

function structAt(structs: readonly DecodedStruct[], clock: number): DecodedStruct | null {
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const struct = structs[middle] as DecodedStruct;
    if (clock < struct.clock) high = middle - 1;
    else if (clock >= struct.clock + struct.length) low = middle + 1;
    else return struct;
  }
  return null;
}
