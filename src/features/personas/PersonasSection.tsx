import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import { EmptyState, Loading, PageHeader, Tag } from '../../ui';
import { EnterInput } from '../audit/EnterInput';
import type { SectionProps } from '../engagement/sectionTypes';
import { PersonaAvatar } from './PersonaAvatar';
import { PersonaEditor } from './PersonaEditor';
import './personas.css';
import './personasMessages';
import { usePersonas } from './usePersonas';
import { useJumpHolder } from '../../app/jump/jumpTarget';

/** « Personas » : a grid of cards; a card opens its detail editor. */
export default function PersonasSection({ engagementId, readOnly }: SectionProps) {
  const { t } = useTranslation('personas');
  const { list, refresh } = usePersonas(engagementId);
  const [openId, setOpenId] = useState<number | null>(null);
  useJumpHolder('personas', (target) => setOpenId(target.parentId));
  const create = useSaveMutation('persona:create', { onSuccess: (p) => { refresh(); setOpenId(p.id); } });
  if (!list.data) return <Loading label="…" />;
  const open = list.data.find((p) => p.id === openId);
  if (open) return <PersonaEditor engagementId={engagementId} persona={open} readOnly={readOnly} onBack={() => setOpenId(null)} onOpen={setOpenId} />;
  return (
    <div className="personas">
      <PageHeader eyebrow={t('eyebrow')} title={t('title')} description={t('description')} />
      {list.data.length === 0 && <EmptyState title={t('empty.title')}>{t('empty.body')}</EmptyState>}
      <ul className="persona-grid">
        {list.data.map((p) => (
          <li key={p.id}>
            <button type="button" className="persona-card" data-testid="persona-card" aria-label={t('card.open', { name: p.name })} onClick={() => setOpenId(p.id)}>
              <PersonaAvatar engagementId={engagementId} name={p.name} imageId={p.photoImageId} size={72} />
              <span className="persona-card__body">
                <span className="persona-card__name">{p.name}</span>
                <span className="persona-card__job">{[p.job || t('card.noJob'), p.ageRange].filter(Boolean).join(' · ')}</span>
                <Tag tone={p.importance === 'primary' ? 'accent' : 'neutral'}>{t(`card.${p.importance}`)}</Tag>
                {p.quote && <q className="persona-card__quote">{p.quote}</q>}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {!readOnly && <EnterInput label={t('add')} onEnter={(name) => create.mutate({ engagementId, persona: { name } })} className="persona-add" />}
    </div>
  );
}
