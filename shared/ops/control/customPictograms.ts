/**
 * Activities and difficulties the facilitator adds for one workshop (a local service, a local word).
 * Items keep their pictogram id when a custom pictogram is removed; the fresco then shows the item's
 * own label, so nothing residents placed disappears.
 */
import type * as Y from 'yjs';
import { newId } from '../../ids';
import { cleanLabel } from '../../model/label';
import { readWorkshop } from '../../read/workshop';
import { LABEL_MAX } from '../../schema/board';
import { CUSTOM_PICTOGRAM_KINDS, type CustomPictogram } from '../../schema/control';
import type { Origin } from '../origin';
import { workshopMap } from '../roots';

/** Returns the new id, or null for an unknown kind or a taken id. */
export function addCustomPictogram(
  doc: Y.Doc,
  args: { kind: CustomPictogram['kind']; label: string; pictogram: string; id?: string },
  origin: Origin,
): string | null {
  const id = args.id ?? newId();
  const list = readWorkshop(doc).customPictograms;
  if (!(CUSTOM_PICTOGRAM_KINDS as readonly string[]).includes(args.kind)) return null;
  if (typeof id !== 'string' || id === '' || list.some((entry) => entry.id === id)) return null;
  const added: CustomPictogram = {
    id,
    kind: args.kind,
    label: cleanLabel(args.label, LABEL_MAX),
    pictogram: typeof args.pictogram === 'string' ? args.pictogram : '',
  };
  doc.transact(() => workshopMap(doc).set('customPictograms', [...list, added]), origin);
  return id;
}

export function removeCustomPictogram(doc: Y.Doc, { id }: { id: string }, origin: Origin): boolean {
  const list = readWorkshop(doc).customPictograms;
  if (!list.some((entry) => entry.id === id)) return false;
  const kept = list.filter((entry) => entry.id !== id);
  doc.transact(() => workshopMap(doc).set('customPictograms', kept), origin);
  return true;
}
