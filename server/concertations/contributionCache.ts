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
import { DocVersions } from './docVersions';

interface Kept {
  version: string;
  contribution: Contribution;
}

export class ContributionCache {
  /**
   * By the board's document, not the workshop id: when a workshop is deleted or its room unloads, its
   * document goes and its contribution with it, with nothing to forget by hand.
   */
  private readonly kept = new WeakMap<Y.Doc, Map<Language, Kept>>();
  private readonly versions = new DocVersions();
  /** Recomputations since start, for the bench and the tests. */
  computed = 0;

  /** `read` is called only when the documents changed since the kept contribution. */
  get(
    docs: { board: Y.Doc; control: Y.Doc },
    language: Language,
    read: () => FieldReturnSource,
  ): { contribution: Contribution; version: string } {
    const version = `${language}.${this.versions.of(docs.control)}.${this.versions.of(docs.board)}`;
    let byLanguage = this.kept.get(docs.board);
    if (!byLanguage) {
      byLanguage = new Map();
      this.kept.set(docs.board, byLanguage);
    }
    const kept = byLanguage.get(language);
    if (kept?.version === version) return kept;
    const contribution = contributionOf(read(), language, pictogramLabel);
    this.computed++;
    byLanguage.set(language, { version, contribution });
    return { contribution, version };
  }
}
