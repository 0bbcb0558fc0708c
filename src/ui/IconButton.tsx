import type { ButtonHTMLAttributes, ReactNode } from 'react';
import './IconButton.css';

/** A button showing only an icon: its `label` becomes the accessible name and the tooltip. */
export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label'> {
  label: string;
  icon: ReactNode;
  tone?: 'default' | 'danger';
}

export function IconButton({ label, icon, tone = 'default', className, type = 'button', ...props }: IconButtonProps) {
  const classes = ['ui-icon-button', tone === 'danger' && 'ui-icon-button--danger', className]
    .filter(Boolean)
    .join(' ');
  return (
    <button type={type} className={classes} aria-label={label} title={label} {...props}>
      {icon}
    </button>
  );
}
