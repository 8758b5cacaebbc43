/**
 * What the attacker in room A sends, one plan per measured attack (the payloads themselves are the
 * seeded builders of tests/helpers, shared with the server's tests). Costly payloads are built before
 * the timed window, in a few variants (other client ids), so the stream is not one update replayed
 * that the server could skip as already known.
 */
import { futureStructs, hugeTextWithDeletes, pendingDeletes, unknownRoot } from '../../tests/helpers/attacks';
import { manyItems, type VandalismTarget, vandalism } from '../../tests/helpers/boardVandalism';

export type AttackName =
  | 'none'
  | 'hugeTextWithDeletes'
  | 'pendingDeletes'
  | 'futureStructs'
  | 'unknownRoot'
  | 'hugeLabel'
  | 'manyItems'
  | 'vandalism';

export const ATTACKS: readonly AttackName[] = [
  'none',
  'hugeTextWithDeletes',
  'pendingDeletes',
  'futureStructs',
  'unknownRoot',
  'hugeLabel',
  'manyItems',
  'vandalism',
];

export const ATTACK_LABELS: Record<AttackName, string> = {
  none: 'no attack (reference)',
  hugeTextWithDeletes: '330k-char text cut into 165k deletions (≈1 MB)',
  pendingDeletes: '100k deletions of unknown clients',
  futureStructs: '20k structs a million clocks ahead',
  unknownRoot: 'a root the schema does not have',
  hugeLabel: 'a 900 KB label',
  manyItems: '100k items in 29 frames',
  vandalism: "another seat's item, label, name and votes; wrong shapes",
};

/** The frames of one attack, cycled; null for the reference run. */
export type FrameSource = (() => Uint8Array) | null;

function cycle(frames: readonly Uint8Array[]): () => Uint8Array {
  let index = 0;
  return () => frames[index++ % frames.length] as Uint8Array;
}

function variants(count: number, build: (seed: number) => Uint8Array): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => build(1000 + i));
}

/** Builds the frames of an attack against room A's board (`target`, with the real seat ids). */
export function framesOf(name: AttackName, target: VandalismTarget, quick: boolean): FrameSource {
  const few = quick ? 2 : 4;
  switch (name) {
    case 'none':
      return null;
    case 'hugeTextWithDeletes':
      return cycle(variants(few, (seed) => hugeTextWithDeletes(seed)));
    case 'pendingDeletes':
      return cycle(variants(few * 2, (seed) => pendingDeletes(100_000, seed)));
    case 'futureStructs':
      return cycle(variants(few * 2, (seed) => futureStructs(seed)));
    case 'unknownRoot': {
      let seed = 1000;
      return () => unknownRoot(seed++);
    }
    case 'hugeLabel':
      return cycle(variants(few, (seed) => vandalism({ ...target, seed }).hugeLabel));
    case 'manyItems':
      return cycle(manyItems(target, quick ? 20_000 : 100_000));
    case 'vandalism': {
      const { hugeLabel: _big, ...small } = vandalism(target);
      return cycle(Object.values(small));
    }
  }
}
