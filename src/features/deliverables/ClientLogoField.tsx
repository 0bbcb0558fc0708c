import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ImageDrop } from '../../app/images/ImageDrop';
import { useImageUrl } from '../../app/images/useImageUrl';
import { queryKeys } from '../../app/queries/keys';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import { Button } from '../../ui';

/** The client's logo for the covers: paste, drop or choose a PNG/JPEG; the core checks and downscales it. */
export function ClientLogoField({ engagementId, imageId, readOnly }: { engagementId: string; imageId: number | null; readOnly: boolean }) {
  const { t } = useTranslation('deliverables');
  const queryClient = useQueryClient();
  const url = useImageUrl(engagementId, imageId);
  const save = useSaveMutation('engagement:setClientLogo', {
    onSuccess: (overview) => queryClient.setQueryData(queryKeys.overview(engagementId), overview),
  });
  return (
    <div className="client-logo">
      <span className="client-logo__label">{t('settings.clientLogo')}</span>
      <div className="client-logo__row">
        {readOnly ? (
          url ? <img src={url} alt={t('settings.clientLogoAlt')} className="client-logo__image" /> : null
        ) : (
          <ImageDrop label={t('settings.clientLogoDrop')} hint={t('settings.clientLogoHint')} busy={save.isPending} onImage={(data) => save.mutateAsync({ engagementId, data })}>
            {url ? <img src={url} alt={t('settings.clientLogoAlt')} className="client-logo__image" /> : null}
          </ImageDrop>
        )}
        {url && !readOnly ? (
          <Button size="sm" variant="ghost" onClick={() => save.mutate({ engagementId, data: null })}>
            {t('settings.clientLogoRemove')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
