import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../app/format/intl';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import { Button, EmptyState, Loading, PageHeader, PlusIcon, Tabs } from '../../ui';
import { isLang } from '../../shared/lang';
import type { SectionProps } from '../engagement/sectionTypes';
import { CaptureScreen } from './CaptureScreen';
import './interview.css';
import './interviewMessages';
import { MinutesView } from './MinutesView';
import { SessionDetails } from './SessionDetails';
import { useJumpHolder } from '../../app/jump/jumpTarget';

/** « Entretien »: pick or create a session, then take notes beside the guide, or read the minutes. */
export default function InterviewSection({ engagementId, readOnly }: SectionProps) {
  const { t, i18n } = useTranslation('interview');
  const lang = isLang(i18n.language) ? i18n.language : 'fr';
  const queryClient = useQueryClient();
  const sessions = useApiQuery(['interview:listSessions', engagementId], 'interview:listSessions', { engagementId });
  const [chosen, setChosen] = useState<number | null>(null);
  const [tab, setTab] = useState<'capture' | 'minutes'>('capture');
  // A search result in another session: show that session's notes.
  useJumpHolder('interview', (target) => {
    if (target.parentId !== null) setChosen(target.parentId);
    setTab('capture');
  });
  const create = useSaveMutation('interview:createSession', {
    onSuccess: (session) => {
      setChosen(session.id);
      void queryClient.invalidateQueries({ queryKey: ['interview:listSessions', engagementId] });
    },
  });
  const list = sessions.data ?? [];
  const sessionId = chosen ?? list.at(-1)?.id ?? null;
  const detail = useApiQuery(['interview:getSession', engagementId, sessionId], 'interview:getSession', { engagementId, id: sessionId ?? 1 }, {
    enabled: sessionId !== null,
    staleTime: Infinity,
    gcTime: 0,
  });
  const newSession = () =>
    create.mutate({ engagementId, session: { title: t('sessions.defaultTitle'), heldOn: new Date().toISOString().slice(0, 10) } });

  if (!sessions.data) return <Loading label="…" />;
  const addButton = !readOnly && (
    <Button icon={<PlusIcon />} onClick={newSession}>
      {t('sessions.add')}
    </Button>
  );
  if (list.length === 0) {
    return (
      <div className="interview">
        <PageHeader eyebrow={t('eyebrow')} title={t('title')} />
        <EmptyState title={t('empty.title')} actions={addButton}>
          {t('empty.text')}
        </EmptyState>
      </div>
    );
  }
  const label = (s: (typeof list)[number]) =>
    [s.title, s.heldOn && formatIsoDate(s.heldOn, lang, 'medium'), t('sessions.count', { count: s.noteCount })].filter(Boolean).join(' · ');
  return (
    <div className="interview">
      <PageHeader
        eyebrow={t('eyebrow')}
        title={detail.data?.session.title ?? t('title')}
        actions={
          <div className="interview__actions">
            {list.length > 1 && (
              <select className="ui-input interview__session-picker" aria-label={t('sessions.label')} value={sessionId ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
                {list.map((s) => (
                  <option key={s.id} value={s.id}>
                    {label(s)}
                  </option>
                ))}
              </select>
            )}
            {addButton}
          </div>
        }
      />
      {detail.data && detail.data.session.id === sessionId && (
        <>
          <SessionDetails engagementId={engagementId} session={detail.data.session} />
          <Tabs
            label={t('tabs.label')}
            value={tab}
            onChange={(next) => {
              setTab(next);
              // Back to the notes: read them again from the file (the minutes tab may have been open a while).
              if (next === 'capture') void detail.refetch();
            }}
            items={[
              { value: 'capture', label: t('tabs.capture'), panel: <CaptureScreen key={`${sessionId}-${detail.dataUpdatedAt}`} engagementId={engagementId} detail={detail.data} /> },
              { value: 'minutes', label: t('tabs.minutes'), panel: <MinutesView engagementId={engagementId} sessionId={detail.data.session.id} onTakeNotes={() => setTab('capture')} /> },
            ]}
          />
        </>
      )}
    </div>
  );
}
