/**
 * The field return is asked for every second or so by each stakeholders' screen and the lead's page: a
 * session's interviews are read once and kept until its document changes, as workshops' contributions
 * are (contributionCache.ts). Each document's updates are counted as they come, so a removal is seen too.
 */
import type * as Y from 'yjs';
import { readInterviews } from '../../shared/read/survey';
import type { Interview } from '../../shared/schema/survey';
import { DocVersions } from '../concertations/docVersions';

interface Kept {
  version: string;
  interviews: Interview[];
}

export class InterviewCache {
  /** By document: a deleted session's or an unloaded room's interviews go with its document. */
  private readonly kept = new WeakMap<Y.Doc, Kept>();
  private readonly versions = new DocVersions();
  /** Reads since start, for the tests. */
  read = 0;

  get(doc: Y.Doc): Kept {
    const version = this.versions.of(doc);
    const kept = this.kept.get(doc);
    if (kept?.version === version) return kept;
    this.read++;
    const fresh = { version, interviews: readInterviews(doc) };
    this.kept.set(doc, fresh);
    return fresh;
  }
}
