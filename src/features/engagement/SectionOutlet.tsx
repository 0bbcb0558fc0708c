import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui';
import { ComingSoonSection } from './ComingSoonSection';
import { findSection, SECTIONS } from './sections';
import type { SectionProps } from './sectionTypes';

/** One React.lazy per built section, made once: a section's code loads on first visit. */
const SCREENS = new Map<string, LazyExoticComponent<ComponentType<SectionProps>>>(
  SECTIONS.flatMap((section) => (section.load ? [[section.id, lazy(section.load)] as const] : [])),
);

/** Shows the current section: its own screen when built, otherwise « bientôt disponible ». */
export function SectionOutlet({ sectionId, ...props }: SectionProps & { sectionId: string }) {
  const { t } = useTranslation('app');
  const section = findSection(sectionId) ?? findSection('overview');
  if (!section) return null;
  const Screen = SCREENS.get(section.id);
  if (!Screen) return <ComingSoonSection engagementId={props.engagementId} labelKey={section.labelKey} />;
  return (
    <Suspense fallback={<Loading label={t('common.loading')} />}>
      {/* eslint-disable-next-line react-hooks/static-components -- a lookup in SCREENS, made once at module load */}
      <Screen {...props} />
    </Suspense>
  );
}
