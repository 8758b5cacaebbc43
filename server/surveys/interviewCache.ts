/**
 * The field return is asked for every second or so by each stakeholders' screen and the lead's page: a
 * session's interviews are read once and kept until its document changes, as workshops' contributions
 * are (contributionCache.ts). Each document's updates are counted as they come, so a removal is seen too.
 */
import type * as Y from 'yjs';
import { readInterviews } from '../../shared/read/survey';
import type { Interview } from '../../shared/schema/survey';

interface Kept {
  version: string;
  interviews: Interview[];
}

export class InterviewCache {
  /** By document: a deleted session's or an unloaded room's interviews go with its document. */
  private readonly kept = new WeakMap<Y.Doc, Kept>();
  private readonly counters = new WeakMap<Y.Doc, { id: number; updates: number }>();
  private documents = 0;
  /** Reads since start, for the tests. */
  read = 0;

  get(doc: Y.Doc): Kept {
    const version = this.versionOf(doc);
    const kept = this.kept.get(doc);
    if (kept?.version === version) return kept;
    this.read++;
    const fresh = { version, interviews: readInterviews(doc) };
    this.kept.set(doc, fresh);
    return fresh;
  }

  /** A reloaded room is a new document: it gets a new number, so its first read reads again. */
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
