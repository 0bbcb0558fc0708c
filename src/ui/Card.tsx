import type { HTMLAttributes, ReactNode } from 'react';
import './Card.css';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Heading level of the title (default h2). */
  headingLevel?: 2 | 3;
}

/** A titled surface. With a title it is a labelled <section>. */
export function Card({ title, description, actions, headingLevel = 2, className, children, ...props }: CardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={['ui-card', className].filter(Boolean).join(' ')} {...props}>
      {(title || actions) && (
        <header className="ui-card__header">
          <div>
            {title && <Heading className="ui-card__title">{title}</Heading>}
            {description && <p className="ui-card__description">{description}</p>}
          </div>
          {actions}
        </header>
      )}
      <div className="ui-card__body">{children}</div>
    </section>
  );
}
