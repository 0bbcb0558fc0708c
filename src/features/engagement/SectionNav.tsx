import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/routing/route';
import { GridIcon } from '../../ui';
import { SECTIONS } from './sections';
import './SectionNav.css';

/** The left navigation: the overview, then the seven steps of the method. */
export function SectionNav({ engagementId, current }: { engagementId: string; current: string }) {
  const { t } = useTranslation('engagement');
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="section-nav">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a
              className="section-nav__link"
              href={routeHref({ name: 'engagement', engagementId, section: section.id })}
              aria-current={section.id === current ? 'page' : undefined}
            >
              {section.step ? (
                <span className="section-nav__step" aria-hidden="true" title={t('nav.step', { n: section.step })}>
                  {section.step}
                </span>
              ) : (
                <GridIcon size={18} className="section-nav__icon" />
              )}
              <span>{t(section.labelKey)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
