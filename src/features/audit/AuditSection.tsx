import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, Loading, PageHeader, Tabs } from '../../ui';
import type { SectionProps } from '../engagement/sectionTypes';
import './audit.css';
import './auditMessages';
import { AuditSynthesis } from './AuditSynthesis';
import { ChannelEditor } from './ChannelEditor';
import { ChannelList } from './ChannelList';
import { SwotView } from './SwotView';
import { useAudit } from './useAudit';
import { useJumpHolder } from '../../app/jump/jumpTarget';

type Tab = 'grid' | 'synthesis' | 'swot';

/** « Audit de présence digitale » : the grid per channel, its synthesis (chart, matrix) and the SWOT. */
export default function AuditSection({ engagementId, overview, readOnly }: SectionProps) {
  const { t } = useTranslation('audit');
  const { audit } = useAudit(engagementId);
  const [tab, setTab] = useState<Tab>('grid');
  const [selected, setSelected] = useState<number | null>(null);
  useJumpHolder('audit', (target) => {
    setTab('grid');
    if (target.parentId !== null) setSelected(target.parentId);
  });
  if (!audit.data) return <Loading label="…" />;
  const channels = audit.data;
  const current = channels.find((c) => c.id === selected) ?? channels[0];
  const grid = (
    <div className="audit-grid">
      <ChannelList engagementId={engagementId} channels={channels} selectedId={current?.id ?? null} onSelect={setSelected} readOnly={readOnly} />
      {current ? (
        <ChannelEditor key={current.id} engagementId={engagementId} channel={current} readOnly={readOnly} />
      ) : (
        <EmptyState title={t('empty.title')}>{t('empty.body')}</EmptyState>
      )}
    </div>
  );
  return (
    <div className="audit">
      <PageHeader eyebrow={t('eyebrow')} title={t('title')} description={t('description')} />
      <Tabs
        label={t('title')}
        value={tab}
        onChange={setTab}
        items={[
          { value: 'grid', label: t('tabs.grid'), panel: grid },
          { value: 'synthesis', label: t('tabs.synthesis'), panel: <AuditSynthesis channels={channels} clientName={overview.info.clientName} onOpenGrid={() => setTab('grid')} /> },
          { value: 'swot', label: t('tabs.swot'), panel: <SwotView engagementId={engagementId} readOnly={readOnly} /> },
        ]}
      />
    </div>
  );
}
