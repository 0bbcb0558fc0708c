import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import { TRAIT_KINDS, type Persona, type TraitKind } from '../../shared/model/personas';
import { Button, Card, Select } from '../../ui';
import { usePersonas } from './usePersonas';

/**
 * The interview notes tagged #persona: one click turns a note into a goal, frustration,
 * motivation or objection of this persona, and the note stays linked (« Nourri par les notes »).
 */
export function PersonaNotes({ engagementId, persona, readOnly }: { engagementId: string; persona: Persona; readOnly: boolean }) {
  const { t } = useTranslation('personas');
  const { setOne } = usePersonas(engagementId);
  const notes = useApiQuery(['persona:taggedNotes', engagementId], 'persona:taggedNotes', { engagementId });
  const feed = useSaveMutation('persona:feedFromNote', { onSuccess: setOne });
  const [kinds, setKinds] = useState<Record<number, TraitKind>>({});
  const fed = new Set(persona.sources.filter((s) => s.kind === 'note').map((s) => s.id));
  const list = notes.data ?? [];
  return (
    <Card title={t('notes.title')} description={t('notes.hint')}>
      {list.length === 0 ? (
        <p className="persona-muted">{t('notes.none')}</p>
      ) : (
        <ul className="persona-notes">
          {list.map((note) => (
            <li key={note.id} className="persona-note">
              <p className="persona-note__body">{note.body}</p>
              <span className="persona-note__session">{note.sessionTitle}</span>
              {fed.has(note.id) ? (
                <span className="persona-note__done">{t('notes.used')}</span>
              ) : (
                !readOnly && (
                  <span className="persona-note__feed">
                    <Select
                      label={t('notes.as')}
                      value={kinds[note.id] ?? 'goal'}
                      options={TRAIT_KINDS.map((k) => ({ value: k, label: t(`traits.${k}`) }))}
                      onChange={(kind) => setKinds({ ...kinds, [note.id]: kind })}
                    />
                    <Button size="sm" disabled={feed.isPending} aria-label={t('notes.feedNamed', { body: note.body.slice(0, 60) })} onClick={() => feed.mutate({ engagementId, noteId: note.id, personaId: persona.id, kind: kinds[note.id] ?? 'goal' })}>
                      {t('notes.feed')}
                    </Button>
                  </span>
                )
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
