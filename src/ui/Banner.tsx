import type { ReactNode } from 'react';
import { AlertIcon, InfoIcon } from './icons';
import './Banner.css';

/** A message across the page (read-only file, an error while loading). */
export function Banner({
  tone = 'info',
  children,
  actions,
}: {
  tone?: 'info' | 'warning' | 'danger';
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className={`ui-banner ui-banner--${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      <span className="ui-banner__icon">{tone === 'info' ? <InfoIcon /> : <AlertIcon />}</span>
      <div className="ui-banner__body">{children}</div>
      {actions && <div className="ui-banner__actions">{actions}</div>}
    </div>
  );
}
