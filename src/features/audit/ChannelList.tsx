import { useTranslation } from 'react-i18next';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { AuditChannel } from '../../shared/model/audit';
import { EnterInput } from './EnterInput';
import { formatScore } from './formatScore';
import { MoveButtons } from './MoveButtons';
import { useAudit } from './useAudit';

/** The channels, each with its score; Enter or click opens one in the editor; ↑ ↓ change the order (the report follows it). */
export function ChannelList({ engagementId, channels, selectedId, onSelect, readOnly }: {
  engagementId: string; channels: AuditChannel[]; selectedId: number | null; onSelect: (id: number) => void; readOnly: boolean;
}) {
  const { t, i18n } = useTranslation('audit');
  const { refresh, setAll } = useAudit(engagementId);
  const move = useSaveMutation('audit:moveChannel', { onSuccess: setAll });
  const add = useSaveMutation('audit:addChannel', { onSuccess: (channel) => { refresh(); onSelect(channel.id); } });
  return (
    <nav className="channel-list" aria-label={t('channels.label')}>
      <ul>
        {channels.map((channel, index) => (
          <li key={channel.id}>
            <button
              type="button"
              className={`channel-list__item${channel.id === selectedId ? ' is-current' : ''}${channel.enabled ? '' : ' is-disabled'}`}
              aria-current={channel.id === selectedId || undefined}
              onClick={() => onSelect(channel.id)}
            >
              <span className="channel-list__name">{channel.name}</span>
              <span className="channel-list__score" data-testid="channel-score">
                {channel.enabled ? (channel.score === null ? t('channels.notScored') : formatScore(channel.score, i18n.language)) : t('channels.disabled')}
              </span>
            </button>
            {!readOnly && (
              <MoveButtons
                name={channel.name}
                upLabel={t('channels.moveUp')}
                downLabel={t('channels.moveDown')}
                first={index === 0}
                last={index === channels.length - 1}
                disabled={move.isPending}
                onMove={(step) => move.mutate({ engagementId, id: channel.id, step })}
              />
            )}
          </li>
        ))}
      </ul>
      {!readOnly && <EnterInput label={t('channels.add')} placeholder={t('channels.addPlaceholder')} onEnter={(name) => add.mutate({ engagementId, channel: { name } })} />}
    </nav>
  );
}
