import type { HTMLAttributes } from 'react';
import './Tag.css';

export type Tone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

export function Tag({ tone = 'neutral', className, ...props }: HTMLAttributes<HTMLSpanElement> & { tone?: Tone }) {
  return <span className={['ui-tag', `ui-tag--${tone}`, className].filter(Boolean).join(' ')} {...props} />;
}
