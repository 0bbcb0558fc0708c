import { useTranslation } from 'react-i18next';
import { useImageUrl } from '../../app/images/useImageUrl';
import { ImageDrop } from '../../app/images/ImageDrop';
import { AutosaveTextField } from '../../app/save/autosaveFields';
import type { AuditChannel, AuditImage } from '../../shared/model/audit';
import { IconButton } from '../../ui';
import { useChannelWrite } from './useAudit';

/** Screenshots pasted or dropped; the core downscales them and refuses what is not a picture, with its reason. */
export function Screenshots({ engagementId, channel, readOnly }: { engagementId: string; channel: AuditChannel; readOnly: boolean }) {
  const { t } = useTranslation('audit');
  const add = useChannelWrite('audit:addImage', engagementId);
  return (
    <section className="screenshots" aria-label={t('images.title')}>
      <h3 className="audit-h3">{t('images.title')}</h3>
      <ul className="screenshots__list">
        {channel.images.map((image) => (
          <Screenshot key={image.id} engagementId={engagementId} image={image} readOnly={readOnly} />
        ))}
      </ul>
      {!readOnly && (
        <ImageDrop label={t('images.drop')} hint={t('images.drop')} busy={add.isPending} onImage={(data) => add.mutateAsync({ engagementId, channelId: channel.id, data, caption: '' })} />
      )}
    </section>
  );
}

function Screenshot({ engagementId, image, readOnly }: { engagementId: string; image: AuditImage; readOnly: boolean }) {
  const { t } = useTranslation('audit');
  const url = useImageUrl(engagementId, image.imageId);
  const update = useChannelWrite('audit:updateImage', engagementId);
  const remove = useChannelWrite('audit:deleteImage', engagementId);
  return (
    <li className="screenshot">
      {url ? <img src={url} alt={t('images.alt', { caption: image.caption })} className="screenshot__img" /> : <div className="screenshot__img" />}
      <div className="screenshot__meta">
        <AutosaveTextField label={t('images.caption')} value={image.caption} onSave={(caption) => update.mutateAsync({ engagementId, id: image.id, caption })} disabled={readOnly} />
        {!readOnly && <IconButton label={t('images.delete')} icon="×" onClick={() => remove.mutate({ engagementId, id: image.id })} />}
      </div>
    </li>
  );
}
