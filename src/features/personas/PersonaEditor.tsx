import { useTranslation } from 'react-i18next';
import { ImageDrop } from '../../app/images/ImageDrop';
import { AutosaveTextArea, AutosaveTextField } from '../../app/save/autosaveFields';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import { JOURNEY_STAGES, type JourneyStage, type Persona } from '../../shared/model/personas';
import { Button, Card, Select } from '../../ui';
import { PersonaAvatar } from './PersonaAvatar';
import { PersonaActions } from './PersonaActions';
import { PersonaLinks } from './PersonaLinks';
import { PersonaNotes } from './PersonaNotes';
import { PlatformsEditor } from './PlatformsEditor';
import { TraitsEditor } from './TraitsEditor';
import { usePersonas } from './usePersonas';
import { jumpKey } from '../../app/jump/jumpTarget';

/** One persona's sheet: photo, identity, traits, platforms and what it is linked to. Every field saves as typed. */
export function PersonaEditor({ engagementId, persona, readOnly, onBack, onOpen }: { engagementId: string; persona: Persona; readOnly: boolean; onBack: () => void; onOpen: (id: number) => void }) {
  const { t } = useTranslation('personas');
  const { setOne, refresh } = usePersonas(engagementId);
  const update = useSaveMutation('persona:update', { onSuccess: setOne });
  const photo = useSaveMutation('persona:setPhoto', { onSuccess: setOne });
  const duplicate = useSaveMutation('persona:duplicate', { onSuccess: (copy) => { refresh(); onOpen(copy.id); } });
  const remove = useSaveMutation('persona:delete', { onSuccess: () => { refresh(); onBack(); } });
  const save = (patch: Parameters<typeof update.mutateAsync>[0]['patch']) => update.mutateAsync({ engagementId, id: persona.id, patch });
  const stages = [{ value: '', label: t('fields.none') }, ...JOURNEY_STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))];
  const avatar = <PersonaAvatar engagementId={engagementId} name={persona.name} imageId={persona.photoImageId} size={112} />;
  return (
    <div className="persona-editor" data-jump={jumpKey('persona', persona.id)}>
      <div className="persona-editor__bar">
        <Button variant="ghost" onClick={onBack}>← {t('actions.back')}</Button>
        {!readOnly && (
          <span className="persona-editor__tools">
            <Button onClick={() => duplicate.mutate({ engagementId, id: persona.id, name: t('actions.copyName', { name: persona.name }) })}>{t('actions.duplicate')}</Button>
            <Button variant="danger" onClick={() => remove.mutate({ engagementId, id: persona.id })}>{t('actions.delete')}</Button>
          </span>
        )}
      </div>
      <header className="persona-editor__head">
        <div className="persona-editor__photo">
          {readOnly ? avatar : (
            <ImageDrop label={t('photo.drop', { name: persona.name })} hint="" onImage={(data) => photo.mutateAsync({ engagementId, id: persona.id, data })}>
              {avatar}
            </ImageDrop>
          )}
          {!readOnly && persona.photoImageId !== null && (
            <Button size="sm" variant="ghost" onClick={() => photo.mutate({ engagementId, id: persona.id, data: null })}>{t('photo.remove')}</Button>
          )}
        </div>
        <div className="persona-editor__identity">
          <h1 className="persona-editor__name">{persona.name}</h1>
          <div className="persona-editor__row">
            <AutosaveTextField label={t('fields.name')} value={persona.name} onSave={(name) => save({ name })} disabled={readOnly} validate={(v) => (v.trim() ? null : '—')} />
            <AutosaveTextField label={t('fields.ageRange')} value={persona.ageRange} onSave={(ageRange) => save({ ageRange })} disabled={readOnly} />
            <AutosaveTextField label={t('fields.job')} value={persona.job} onSave={(job) => save({ job })} disabled={readOnly} />
          </div>
          <div className="persona-editor__row">
            <Select label={t('fields.importance')} value={persona.importance} disabled={readOnly} options={(['primary', 'secondary'] as const).map((v) => ({ value: v, label: t(`importance.${v}`) }))} onChange={(importance) => void save({ importance })} />
            <Select label={t('fields.journeyStage')} value={persona.journeyStage ?? ''} disabled={readOnly} options={stages} onChange={(v) => void save({ journeyStage: (v || null) as JourneyStage | null })} />
          </div>
        </div>
      </header>
      <div className="persona-editor__columns">
        <Card title={t('fields.profile')} headingLevel={2}>
          <div className="persona-editor__stack">
            <AutosaveTextArea label={t('fields.quote')} value={persona.quote} onSave={(quote) => save({ quote })} disabled={readOnly} rows={2} />
            <AutosaveTextArea label={t('fields.situation')} value={persona.situation} onSave={(situation) => save({ situation })} disabled={readOnly} rows={2} />
            <AutosaveTextArea label={t('fields.bio')} value={persona.bio} onSave={(bio) => save({ bio })} disabled={readOnly} rows={3} />
            <AutosaveTextArea label={t('fields.buyingBehaviour')} value={persona.buyingBehaviour} onSave={(buyingBehaviour) => save({ buyingBehaviour })} disabled={readOnly} rows={2} />
          </div>
        </Card>
        <div className="persona-editor__stack">
          <TraitsEditor engagementId={engagementId} persona={persona} readOnly={readOnly} />
          <PlatformsEditor engagementId={engagementId} persona={persona} readOnly={readOnly} />
          <PersonaLinks engagementId={engagementId} persona={persona} readOnly={readOnly} />
          <PersonaActions engagementId={engagementId} persona={persona} readOnly={readOnly} />
          <PersonaNotes engagementId={engagementId} persona={persona} readOnly={readOnly} />
        </div>
      </div>
    </div>
  );
}
