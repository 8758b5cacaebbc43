/**
 * How a writer draws the outline: one function per kind of block, so a writer that forgets a kind (or a
 * kind added later) does not compile, and no writer can slip in layout of its own between blocks.
 */
import type { Block } from './blocks';

export type BlockRenderers<Out, Context> = {
  [K in Block['kind']]: (block: Extract<Block, { kind: K }>, context: Context) => Out;
};

export function renderBlock<Out, Context>(
  renderers: BlockRenderers<Out, Context>,
  block: Block,
  context: Context,
): Out {
  // The mapped type pairs each kind with its own renderer; TypeScript cannot follow that through an index.
  const render = renderers[block.kind] as (block: Block, context: Context) => Out;
  return render(block, context);
}
