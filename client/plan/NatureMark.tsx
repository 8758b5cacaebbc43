import type { Nature } from '../../shared/schema/plan';
import { NATURE_MARKS, NATURE_STYLES } from './natureStyle';

/** The mark of a nature in the page, decorative: the nature's name is always written next to it. */
export function NatureMark({ nature, size = 22 }: { nature: Nature; size?: number }) {
  return (
    <svg
      className="nature-mark"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke={NATURE_STYLES[nature].color}
      strokeWidth={2.2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={NATURE_MARKS[nature]} />
    </svg>
  );
}
