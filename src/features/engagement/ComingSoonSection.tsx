import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/routing/route';
import { Card, EmptyState, InfoIcon } from '../../ui';

/** A section of the method that a later version brings: says so plainly, and where to go. */
export function ComingSoonSection({
  engagementId,
  labelKey,
}: {
  engagementId: string;
  labelKey: `sections.${string}`;
}) {
  const { t } = useTranslation('engagement');
  const section = t(labelKey);
  return (
    <Card>
      <EmptyState
        icon={<InfoIcon size={22} />}
        title={<span>{t('comingSoon.title', { section })}</span>}
        headingLevel={2}
        actions={
          <a
            className="ui-button ui-button--secondary"
            href={routeHref({ name: 'engagement', engagementId, section: 'overview' })}
          >
            {t('comingSoon.action')}
          </a>
        }
      >
        {t('comingSoon.text')}
      </EmptyState>
    </Card>
  );
}
