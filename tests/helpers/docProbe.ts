/**
 * Writes the integration tests use as markers, shaped as the documents' schema wants them, since the
 * server refuses anything else (PRODUCT.md §3): a board item, an action, a workshop setting.
 */
import * as Y from 'yjs';
import { placeActivity } from '../../shared/ops/board/items';
import { UserOrigin } from '../../shared/ops/origin';
import { createAction } from '../../shared/ops/plan/actions';
import { actionsMap, itemsMap, workshopMap } from '../../shared/ops/roots';
import { FACILITATOR_AUTHOR } from '../../shared/schema/board';
import type { DocName } from '../../shared/schema/roles';

const origin = new UserOrigin('test');

/** An activity whose label carries `label`, authored by a seat or the facilitator. */
export function putItem(doc: Y.Doc, id: string, label: string, author: string = FACILITATOR_AUTHOR): void {
  placeActivity(doc, { id, pictogram: 'shopping', label, day: 'mon', period: 'morning', author }, origin);
}

export function itemLabel(doc: Y.Doc, id: string): unknown {
  const record = itemsMap(doc).get(id);
  return record instanceof Y.Map ? record.get('label') : undefined;
}

/** A marker in whichever document: a setting in `control`, an item in `board`, an action in `plan`. */
export function writeProbe(doc: Y.Doc, docName: DocName, key: string, value: string, author?: string): void {
  if (docName === 'control') doc.transact(() => workshopMap(doc).set(key, value), origin);
  else if (docName === 'board') putItem(doc, key, value, author);
  else createAction(doc, { id: key, title: value, nature: 'new', start: '2027-01', end: '2027-06' }, origin);
}

export function readProbe(doc: Y.Doc, docName: DocName, key: string): unknown {
  if (docName === 'control') return workshopMap(doc).get(key);
  if (docName === 'board') return itemLabel(doc, key);
  const record = actionsMap(doc).get(key);
  return record instanceof Y.Map ? record.get('title') : undefined;
}
