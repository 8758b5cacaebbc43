import { IconX } from '@tabler/icons-react';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Buttons at the bottom; the close cross is always there too. */
  actions?: ReactNode;
  size?: 'normal' | 'wide';
  className?: string;
}

/**
 * A modal on the native <dialog>: the browser traps focus, Escape closes, and focus returns to the
 * button that opened it.
 */
export function Dialog({ open, title, onClose, children, actions, size = 'normal', className }: DialogProps) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={['dialog', `dialog-${size}`, className ?? ''].join(' ')}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <div className="dialog-body">
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <Button
              label={t('action.close')}
              icon={<IconX size={26} />}
              showLabel={false}
              variant="quiet"
              onClick={onClose}
            />
          </header>
          <div className="dialog-content">{children}</div>
          {actions ? <footer className="dialog-actions">{actions}</footer> : null}
        </div>
      ) : null}
    </dialog>
  );
}
