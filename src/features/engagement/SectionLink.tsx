import type { ReactNode } from 'react';
import { routeHref } from '../../app/routing/route';

/** A button-looking link to another section of the same engagement (an empty view's next step). */
export function SectionLink({ engagementId, section, primary = false, children }: { engagementId: string; section: string; primary?: boolean; children: ReactNode }) {
  return (
    <a className={`ui-button ui-button--${primary ? 'primary' : 'secondary'}`} href={routeHref({ name: 'engagement', engagementId, section })}>
      {children}
    </a>
  );
}
