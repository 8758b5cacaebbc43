import type { ButtonHTMLAttributes, ReactNode } from 'react';

export interface ButtonProps
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'aria-label'> {
  /** The accessible name, required: an icon-only button still says what it does. */
  label: string;
  icon?: ReactNode;
  variant?: 'primary' | 'secondary' | 'danger' | 'quiet';
  size?: 'normal' | 'large' | 'huge';
  /** Icon-only when false; the label stays the accessible name. */
  showLabel?: boolean;
  /** Extra content after the label (a count, a hint). */
  children?: ReactNode;
  pressed?: boolean;
}

/** A big, plain button: at least the target size of the screen (48 px, 64 px on residents' screens). */
export function Button({
  label,
  icon,
  variant = 'secondary',
  size = 'normal',
  showLabel = true,
  children,
  pressed,
  className,
  type = 'button',
  ...rest
}: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, `btn-${size}`, showLabel ? '' : 'btn-icon-only', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type={type}
      className={classes}
      aria-label={showLabel ? undefined : label}
      aria-pressed={pressed}
      title={showLabel ? undefined : label}
      {...rest}
    >
      {icon ? (
        <span className="btn-icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {showLabel ? <span className="btn-label">{label}</span> : null}
      {children}
    </button>
  );
}
