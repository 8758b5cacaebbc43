/**
 * The way back out of a sheet that covers the fresco on a phone: an arrow and plain words, first in
 * the sheet, because a resident who cannot see the fresco any more must find the way back at once.
 */
import { IconArrowLeft } from '@tabler/icons-react';
import { Button } from '../ui/Button';

export function SheetBack(props: { label: string; testId: string; className: string; onBack(): void }) {
  return (
    <Button
      className={props.className}
      label={props.label}
      icon={<IconArrowLeft size={28} />}
      data-testid={props.testId}
      onClick={props.onBack}
    />
  );
}
