import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import { AutosaveTextField } from '../../app/save/autosaveFields';
import { SWOT_QUADRANTS, type SwotItem } from '../../shared/model/audit';
import { Button, Loading } from '../../ui';
import { EnterInput } from './EnterInput';

/** The SWOT: forces and faiblesses generated from the audit, opportunités and menaces typed; every line editable or hidden. */
export function SwotView({ engagementId, readOnly }: { engagementId: string; readOnly: boolean }) {
  const { t } = useTranslation('audit');
  const queryClient = useQueryClient();
  const key = ['swot:list', engagementId];
  const swot = useApiQuery(key, 'swot:list', { engagementId });
  const put = (items: SwotItem[]) => queryClient.setQueryData(key, items);
  const add = useSaveMutation('swot:add', { onSuccess: put });
  const update = useSaveMutation('swot:update', { onSuccess: put });
  const remove = useSaveMutation('swot:delete', { onSuccess: put });
  if (!swot.data) return <Loading label="…" />;
  return (
    <div>
      <p className="audit-hint">{t('swot.hint')}</p>
      <div className="swot" data-testid="swot">
        {SWOT_QUADRANTS.map((quadrant) => (
          <section key={quadrant} className={`swot__cell swot__cell--${quadrant}`} aria-label={t(`swot.${quadrant}`)}>
            <h3 className="swot__title">{t(`swot.${quadrant}`)}</h3>
            <ul>
              {swot.data.filter((item) => item.quadrant === quadrant).map((item) => (
                <li key={item.id} className={item.hidden ? 'is-hidden' : undefined}>
                  <AutosaveTextField
                    className="swot__field"
                    label={item.origin === 'audit' ? `${t(`swot.${quadrant}`)} (${t('swot.fromAudit')})` : t(`swot.${quadrant}`)}
                    value={item.text}
                    disabled={readOnly}
                    validate={(v) => (v.trim() ? null : '—')}
                    onSave={(text) => update.mutateAsync({ engagementId, id: item.id, patch: { text } })}
                  />
                  {item.origin === 'audit' && <span className="swot__origin">{t('swot.fromAudit')}</span>}
                  {!readOnly && (
                    <div className="swot__actions">
                      <Button size="sm" variant="ghost" onClick={() => update.mutate({ engagementId, id: item.id, patch: { hidden: !item.hidden } })}>
                        {item.hidden ? t('swot.show') : t('swot.hide')}
                      </Button>
                      {item.origin === 'manual' && (
                        <Button size="sm" variant="ghost" onClick={() => remove.mutate({ engagementId, id: item.id })}>{t('swot.delete')}</Button>
                      )}
                    </div>
                  )}
                </li>
              ))}
            </ul>
            {!readOnly && <EnterInput label={`${t(`swot.${quadrant}`)} — ${t('swot.add')}`} placeholder={t('swot.add')} onEnter={(text) => add.mutate({ engagementId, quadrant, text })} />}
          </section>
        ))}
      </div>
    </div>
  );
}
