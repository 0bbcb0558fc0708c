import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../app/api/ApiError';
import { call } from '../../app/api/client';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useErrorText } from '../../app/useErrorText';
import { Banner, Button } from '../../ui';

/** How often the file's place is checked while the window has focus (and on every focus). */
const CHECK_EVERY_MS = 15_000;

/**
 * Shown when the open file was moved, renamed, deleted or replaced behind the
 * app's back. Saving is refused from then on (FILE_MOVED); the open connection
 * still holds every saved edit, so the way out is a copy written from it.
 */
export function FileMovedBanner({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('engagement');
  const errorText = useErrorText();
  const status = useApiQuery(
    ['engagement:fileStatus', engagementId],
    'engagement:fileStatus',
    { engagementId },
    {
      refetchOnWindowFocus: 'always',
      refetchInterval: CHECK_EVERY_MS,
      staleTime: 0,
    },
  );
  const copy = useMutation<{ path: string }, ApiError, void>({
    mutationFn: () => call('engagement:duplicate', { engagementId }),
  });

  const state = status.data?.state;
  if (!state || state === 'inPlace') return null;
  return (
    <div data-testid="file-moved-banner">
      <Banner
        tone="danger"
        actions={
          !copy.data && (
            <Button variant="primary" onClick={() => copy.mutate()} disabled={copy.isPending}>
              {copy.isPending ? t('fileMoved.saving') : t('fileMoved.saveCopy')}
            </Button>
          )
        }
      >
        <strong>{t(state === 'missing' ? 'fileMoved.missing' : 'fileMoved.replaced')}</strong> {t('fileMoved.text')}
        {copy.data && <p>{t('fileMoved.saved', { path: copy.data.path })}</p>}
        {copy.error && <p>{errorText(copy.error)}</p>}
      </Banner>
    </div>
  );
}
