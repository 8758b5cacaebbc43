/**
 * A live, incremental view of the `plan` document. Yjs tells which actions changed; only those are read
 * again, so typing in one fiche or dropping one card costs one record, not three hundred, and unchanged
 * actions keep their object identity (memoised cards and list rows skip them).
 */
import type * as Y from 'yjs';
import { actionsMap } from '../../shared/ops/roots';
import { readAction, readActions } from '../../shared/read/plan';
import type { Action } from '../../shared/schema/plan';

type Listener = () => void;

export class PlanIndex {
  private readonly actions = new Map<string, Action>();
  private readonly listeners = new Set<Listener>();
  private sorted: Action[] = [];
  /** Rises with every batch of changes. */
  version = 0;

  constructor(private readonly doc: Y.Doc) {
    for (const action of readActions(doc)) this.actions.set(action.id, action);
    this.sort();
    actionsMap(doc).observeDeep(this.onChange);
  }

  /** Actions in the readers' order (start month, number, id). The same array until something changes. */
  list(): Action[] {
    return this.sorted;
  }

  get(id: string): Action | undefined {
    return this.actions.get(id);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    actionsMap(this.doc).unobserveDeep(this.onChange);
    this.listeners.clear();
  }

  private readonly onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const ids = new Set<string>();
    for (const event of events) {
      const [first] = event.path;
      if (typeof first === 'string') ids.add(first);
      else for (const key of event.keys.keys()) ids.add(key);
    }
    for (const id of ids) {
      const action = readAction(this.doc, id);
      if (action) this.actions.set(id, action);
      else this.actions.delete(id);
    }
    this.sort();
    this.version++;
    for (const listener of this.listeners) listener();
  };

  private sort(): void {
    // Same order as readActions: start month (none last), then number, then id.
    this.sorted = [...this.actions.values()].sort(
      (a, b) => cmp(a.start || '\uffff', b.start || '\uffff') || a.number - b.number || cmp(a.id, b.id),
    );
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const indexes = new WeakMap<Y.Doc, PlanIndex>();

/** The one index of this document, created on first use and kept as long as the document lives. */
export function planIndexOf(doc: Y.Doc): PlanIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = new PlanIndex(doc);
    indexes.set(doc, index);
  }
  return index;
}
