import { useTranslation } from 'react-i18next';
import { Button, EmptyState, AlertIcon } from '../../ui';
import { useErrorText } from '../useErrorText';

/** The API did not answer at start-up (bridge stopped, token missing). */
export function StartupError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('app');
  const errorText = useErrorText();
  return (
    <main className="startup-error">
      <EmptyState
        icon={<AlertIcon size={22} />}
        title={t('startup.title')}
        actions={
          <Button variant="primary" onClick={onRetry}>
            {t('save.retry')}
          </Button>
        }
      >
        <p>{t('startup.text')}</p>
        <p>{errorText(error)}</p>
      </EmptyState>
    </main>
  );
}
