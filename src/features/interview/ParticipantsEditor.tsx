import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../app/queries/keys';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { Participant } from '../../shared/model/interview';
import { Button, IconButton, TextField, TrashIcon } from '../../ui';
import './participantsMessages';

type Entry = Omit<Participant, 'id'>;

/**
 * Who attended: the engagement's stakeholders ticked, plus people typed in (a
 * colleague who joined, a provider). The whole list is saved on each change.
 */
export function ParticipantsEditor({ engagementId, sessionId, participants }: { engagementId: string; sessionId: number; participants: Participant[] }) {
  const { t } = useTranslation('interview');
  const queryClient = useQueryClient();
  const overview = useApiQuery(queryKeys.overview(engagementId), 'engagement:overview', { engagementId });
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const save = useSaveMutation('interview:setParticipants', {
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['interview:getSession', engagementId, sessionId] }),
  });
  const entries: Entry[] = participants.map(({ stakeholderId, name: n, role: r }) => ({ stakeholderId, name: n, role: r }));
  const persist = (next: Entry[]) => save.mutate({ engagementId, sessionId, participants: next });
  const stakeholders = overview.data?.stakeholders ?? [];
  const typed = entries.filter((entry) => entry.stakeholderId === null);

  const toggle = (stakeholderId: number, on: boolean) => {
    const stakeholder = stakeholders.find((candidate) => candidate.id === stakeholderId);
    if (!stakeholder) return;
    persist(on ? [...entries, { stakeholderId, name: stakeholder.name, role: stakeholder.role }] : entries.filter((entry) => entry.stakeholderId !== stakeholderId));
  };
  const addTyped = () => {
    if (!name.trim()) return;
    persist([...entries, { stakeholderId: null, name: name.trim(), role: role.trim() }]);
    setName('');
    setRole('');
  };

  return (
    <fieldset className="participants">
      <legend>{t('participants.title')}</legend>
      {stakeholders.length ? (
        <ul className="participants__stakeholders">
          {stakeholders.map((stakeholder) => (
            <li key={stakeholder.id}>
              <label>
                <input type="checkbox" checked={entries.some((entry) => entry.stakeholderId === stakeholder.id)} onChange={(event) => toggle(stakeholder.id, event.target.checked)} />
                <span>{stakeholder.name}</span>
                {stakeholder.role ? <span className="participants__role">{stakeholder.role}</span> : null}
              </label>
            </li>
          ))}
        </ul>
      ) : (
        <p className="participants__hint">{t('participants.noStakeholders')}</p>
      )}
      {typed.length ? (
        <ul className="participants__typed" aria-label={t('participants.others')}>
          {typed.map((entry, index) => (
            <li key={`${entry.name}-${index}`}>
              <span>{entry.name}</span>
              {entry.role ? <span className="participants__role">{entry.role}</span> : null}
              <IconButton icon={<TrashIcon />} label={t('participants.remove', { name: entry.name })} onClick={() => persist(entries.filter((candidate) => candidate !== entry))} />
            </li>
          ))}
        </ul>
      ) : null}
      <div className="participants__add">
        <TextField label={t('participants.name')} value={name} onChange={setName} onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), addTyped())} />
        <TextField label={t('participants.role')} value={role} onChange={setRole} onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), addTyped())} />
        <Button size="sm" onClick={addTyped} disabled={!name.trim()}>
          {t('participants.add')}
        </Button>
      </div>
    </fieldset>
  );
}
