/**
 * Whose a Yjs client id is, for clients the room already held when it was loaded (the gate records the
 * owner of every client it sees from then on). A tablet whose socket dropped across a server restart
 * goes on with the same client id, and its last structs sit in its own records.
 */
import * as Y from 'yjs';
import { FACILITATOR_AUTHOR } from '../../../shared/schema/board';

/** Structs looked at from the end of the client's history before giving up. */
const LOOK_BACK = 64;

export function inferClientOwner(doc: Y.Doc, client: number): string | null {
  const structs = doc.store.clients.get(client);
  if (!structs) return null;
  for (let index = structs.length - 1; index >= Math.max(0, structs.length - LOOK_BACK); index--) {
    const struct = structs[index];
    if (!(struct instanceof Y.Item) || !(struct.parent instanceof Y.AbstractType)) continue;
    const owner = ownerOfPlace(struct);
    if (owner !== null) return owner;
  }
  return null;
}

/** The writer key (`seat:<id>` or `facilitator`) of the record an item of the board sits in. */
function ownerOfPlace(item: Y.Item): string | null {
  const path: string[] = [item.parentSub ?? '[]'];
  const types: Y.AbstractType<unknown>[] = [];
  let type = item.parent as Y.AbstractType<unknown>;
  while (type._item !== null) {
    types.push(type);
    path.push(type._item.parentSub ?? '[]');
    type = type._item.parent as Y.AbstractType<unknown>;
  }
  path.push(Y.findRootTypeKey(type));
  path.reverse();
  const [root, key, field] = path;
  if (root === 'participants' && key) return `seat:${key}`;
  if (root === 'votes' && field) return field === FACILITATOR_AUTHOR ? FACILITATOR_AUTHOR : `seat:${field}`;
  // A board's items and a survey session's interviews both name their writer's seat in `author`.
  if (root === 'items' || root === 'interviews') {
    const record =
      types[types.length - 1] ?? (item.content instanceof Y.ContentType ? item.content.type : null);
    const author = record instanceof Y.Map ? record.get('author') : null;
    if (typeof author !== 'string') return null;
    return author === FACILITATOR_AUTHOR ? FACILITATOR_AUTHOR : `seat:${author}`;
  }
  return null;
}
