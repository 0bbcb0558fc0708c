import { useTranslation } from 'react-i18next';
import { ImageDrop } from '../../app/images/ImageDrop';
import { useImageUrl } from '../../app/images/useImageUrl';
import { AutosaveTextArea, AutosaveTextField } from '../../app/save/autosaveFields';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import { ADVISED_MAX_COMPETITORS, type Competitor } from '../../shared/model/benchmark';
import { initials } from '../../shared/initials';
import { Banner, EmptyState, IconButton } from '../../ui';
import { EnterInput } from '../audit/EnterInput';
import { jumpKey } from '../../app/jump/jumpTarget';
import { MoveButtons } from '../audit/MoveButtons';

/** Competitors with logo, site, positioning and notes; more than five is allowed, with the method's warning. */
export function CompetitorsEditor({ engagementId, competitors, readOnly, onChange }: { engagementId: string; competitors: Competitor[]; readOnly: boolean; onChange: () => void }) {
  const { t } = useTranslation('benchmark');
  const create = useSaveMutation('competitor:create', { onSuccess: onChange });
  return (
    <div className="competitors">
      {competitors.length > ADVISED_MAX_COMPETITORS && (
        <Banner tone="warning">
          <span data-testid="too-many-competitors">{t('competitors.tooMany', { count: competitors.length })}</span>
        </Banner>
      )}
      {/* The next step is the input just below (kept in one place so typing several names keeps the focus). */}
      {competitors.length === 0 && <EmptyState title={t('emptyViews.competitors')}>{t('competitors.empty')}</EmptyState>}
      <ul className="competitors__list">
        {competitors.map((c, index) => (
          <CompetitorCard key={c.id} engagementId={engagementId} competitor={c} readOnly={readOnly} onChange={onChange} first={index === 0} last={index === competitors.length - 1} />
        ))}
      </ul>
      {!readOnly && <EnterInput label={t('competitors.add')} onEnter={(name) => create.mutate({ engagementId, competitor: { name } })} />}
    </div>
  );
}

function CompetitorCard({ engagementId, competitor, readOnly, onChange, first, last }: {
  engagementId: string; competitor: Competitor; readOnly: boolean; onChange: () => void; first: boolean; last: boolean;
}) {
  const { t } = useTranslation('benchmark');
  const update = useSaveMutation('competitor:update', { onSuccess: onChange });
  const logo = useSaveMutation('competitor:setLogo', { onSuccess: onChange });
  const remove = useSaveMutation('competitor:delete', { onSuccess: onChange });
  const move = useSaveMutation('competitor:move', { onSuccess: onChange });
  const url = useImageUrl(engagementId, competitor.logoImageId);
  const save = (patch: Parameters<typeof update.mutateAsync>[0]['patch']) => update.mutateAsync({ engagementId, id: competitor.id, patch });
  const avatar = url ? <img src={url} alt="" className="competitor__logo" /> : <span className="competitor__logo competitor__logo--initials">{initials(competitor.name)}</span>;
  return (
    <li className="competitor" data-testid="competitor" data-jump={jumpKey('competitor', competitor.id)}>
      <div className="competitor__side">
        {readOnly ? avatar : (
          <ImageDrop label={t('competitors.logo', { name: competitor.name })} hint="" onImage={(data) => logo.mutateAsync({ engagementId, id: competitor.id, data })}>
            {avatar}
          </ImageDrop>
        )}
      </div>
      <div className="competitor__fields">
        <AutosaveTextField label={t('competitors.name')} value={competitor.name} onSave={(name) => save({ name })} disabled={readOnly} validate={(v) => (v.trim() ? null : '—')} />
        <AutosaveTextField label={t('competitors.website')} type="url" value={competitor.website} onSave={(website) => save({ website })} disabled={readOnly} />
        <AutosaveTextArea label={t('competitors.positioning')} value={competitor.positioning} onSave={(positioning) => save({ positioning })} disabled={readOnly} rows={2} />
        <AutosaveTextArea label={t('competitors.notes')} value={competitor.notes} onSave={(notes) => save({ notes })} disabled={readOnly} rows={2} />
      </div>
      {!readOnly && (
        <div className="competitor__tools">
          <IconButton label={`${t('competitors.delete')} ${competitor.name}`} icon="×" onClick={() => remove.mutate({ engagementId, id: competitor.id })} />
          {/* The order here is the order of the grid, the chart and the report. */}
          <MoveButtons name={competitor.name} upLabel={t('competitors.moveUp')} downLabel={t('competitors.moveDown')} first={first} last={last} disabled={move.isPending} onMove={(step) => move.mutate({ engagementId, id: competitor.id, step })} />
        </div>
      )}
    </li>
  );
}
