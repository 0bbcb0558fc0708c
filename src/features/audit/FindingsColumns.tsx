import { useTranslation } from 'react-i18next';
import type { AuditChannel, FindingKind } from '../../shared/model/audit';
import { IconButton } from '../../ui';
import { EnterInput } from './EnterInput';
import { useChannelWrite } from './useAudit';
import { jumpKey } from '../../app/jump/jumpTarget';

/** Points forts and axes d'amélioration side by side; each line also feeds the SWOT. */
export function FindingsColumns({ engagementId, channel, readOnly }: { engagementId: string; channel: AuditChannel; readOnly: boolean }) {
  const { t } = useTranslation('audit');
  const add = useChannelWrite('audit:addFinding', engagementId);
  const remove = useChannelWrite('audit:deleteFinding', engagementId);
  const column = (kind: FindingKind) => {
    const items = channel.findings.filter((f) => f.kind === kind);
    return (
      <section className={`findings findings--${kind}`} aria-label={t(`findings.${kind}`)}>
        <h3 className="audit-h3">{t(`findings.${kind}`)}</h3>
        {items.length ? (
          <ul className="findings__list">
            {items.map((f) => (
              <li key={f.id} data-jump={jumpKey('finding', f.id)}>
                <span>{f.text}</span>
                {!readOnly && <IconButton label={t('findings.delete')} icon="×" onClick={() => remove.mutate({ engagementId, id: f.id })} />}
              </li>
            ))}
          </ul>
        ) : (
          <p className="audit-empty">{t('findings.empty')}</p>
        )}
        {!readOnly && (
          <EnterInput
            label={t(kind === 'strength' ? 'findings.addStrength' : 'findings.addImprovement')}
            onEnter={(text) => add.mutate({ engagementId, channelId: channel.id, kind, text })}
          />
        )}
      </section>
    );
  };
  return (
    <div className="findings-columns">
      {column('strength')}
      {column('improvement')}
    </div>
  );
}
