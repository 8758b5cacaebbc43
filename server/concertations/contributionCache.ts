/**
 * The field return is asked for every second or so by each stakeholders' screen, and a concertation may
 * have ten neighbourhoods of hundreds of items: each workshop's contribution is kept, and recomputed
 * only when its board or its control document changed. A state vector would not see a removal, so
 * each document's updates are counted as they come.
 */
import type * as Y from 'yjs';
import {
  type Contribution,
  contributionOf,
  type FieldReturnSource,
} from '../../shared/concertation/fieldReturn';
import { pictogramLabel } from '../../shared/pictograms/lookup';
import type { Language } from '../../shared/schema/control';

interface Kept {
  version: string;
  contribution: Contribution;
}

export class ContributionCache {
  private readonly kept = new Map<string, Kept>();
  private readonly counters = new WeakMap<Y.Doc, { id: number; updates: number }>();
  private documents = 0;
  /** Recomputations since start, for the bench and the tests. */
  computed = 0;

  /** `read` is called only when the documents changed since the kept contribution. */
  get(
    workshopId: string,
    docs: { board: Y.Doc; control: Y.Doc },
    language: Language,
    read: () => FieldReturnSource,
  ): { contribution: Contribution; version: string } {
    const version = `${language}.${this.versionOf(docs.control)}.${this.versionOf(docs.board)}`;
    const kept = this.kept.get(workshopId);
    if (kept?.version === version) return kept;
    const contribution = contributionOf(read(), language, pictogramLabel);
    this.computed++;
    this.kept.set(workshopId, { version, contribution });
    return { contribution, version };
  }

  forget(workshopId: string): void {
    this.kept.delete(workshopId);
  }

  /** A reloaded room is a new document: it gets a new number, so its first read recomputes. */
  private versionOf(doc: Y.Doc): string {
    let counter = this.counters.get(doc);
    if (!counter) {
      const fresh = { id: ++this.documents, updates: 0 };
      doc.on('update', () => {
        fresh.updates++;
      });
      this.counters.set(doc, fresh);
      counter = fresh;
    }
    return `${counter.id}:${counter.updates}`;
  }
}
