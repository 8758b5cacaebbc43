/**
 * The axes of the *toile des capabilités*. Stored as one plain array: the facilitator is the only writer,
 * and an axis list half-merged from two screens would make no sense. Scores already given on a removed
 * axis stay in the plan document (so re-adding the axis brings them back); radars draw current axes only.
 */
import type * as Y from 'yjs';
import { newId } from '../../ids';
import { cleanLabel } from '../../model/label';
import { readWorkshop } from '../../read/workshop';
import { LABEL_MAX } from '../../schema/board';
import type { CapabilityAxis } from '../../schema/control';
import type { Origin } from '../origin';
import { workshopMap } from '../roots';

export function setCapabilityAxes(doc: Y.Doc, axes: CapabilityAxis[], origin: Origin): boolean {
  if (!Array.isArray(axes)) return false;
  const clean: CapabilityAxis[] = [];
  for (const axis of axes) {
    if (typeof axis?.id !== 'string' || axis.id === '' || clean.some((kept) => kept.id === axis.id)) continue;
    clean.push({ id: axis.id, label: cleanLabel(axis.label, LABEL_MAX) });
  }
  writeAxes(doc, clean, origin);
  return true;
}

/** Returns the new axis id, or null when the given id is taken. */
export function addCapabilityAxis(
  doc: Y.Doc,
  { label, id = newId() }: { label: string; id?: string },
  origin: Origin,
): string | null {
  const axes = readWorkshop(doc).capabilityAxes;
  if (typeof id !== 'string' || id === '' || axes.some((axis) => axis.id === id)) return null;
  writeAxes(doc, [...axes, { id, label: cleanLabel(label, LABEL_MAX) }], origin);
  return id;
}

export function renameCapabilityAxis(
  doc: Y.Doc,
  { id, label }: { id: string; label: string },
  origin: Origin,
): boolean {
  const axes = readWorkshop(doc).capabilityAxes;
  if (!axes.some((axis) => axis.id === id)) return false;
  const renamed = axes.map((axis) => (axis.id === id ? { id, label: cleanLabel(label, LABEL_MAX) } : axis));
  writeAxes(doc, renamed, origin);
  return true;
}

export function removeCapabilityAxis(doc: Y.Doc, { id }: { id: string }, origin: Origin): boolean {
  const axes = readWorkshop(doc).capabilityAxes;
  if (!axes.some((axis) => axis.id === id)) return false;
  writeAxes(
    doc,
    axes.filter((axis) => axis.id !== id),
    origin,
  );
  return true;
}

function writeAxes(doc: Y.Doc, axes: CapabilityAxis[], origin: Origin): void {
  doc.transact(() => workshopMap(doc).set('capabilityAxes', axes), origin);
}
