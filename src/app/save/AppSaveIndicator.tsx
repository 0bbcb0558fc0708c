import { useTranslation } from 'react-i18next';
import { SaveIndicator, type SaveStatus } from '../../ui';
import { currentLang } from '../i18n/i18n';
import { useSaveState } from './saveStore';
import { useSaveErrorToast } from './useSaveErrorToast';

/** The header's save state, read from the window's save store; a refused save is also said in a toast. */
export function AppSaveIndicator() {
  const { t } = useTranslation('app');
  const state = useSaveState();
  useSaveErrorToast(state.error);
  const status: SaveStatus =
    state.pending > 0 ? 'saving' : state.error ? 'error' : state.lastSavedAt ? 'saved' : 'idle';
  const text = {
    saving: t('save.saving'),
    error: t('save.error'),
    saved: t('save.saved'),
    idle: t('save.idle'),
  }[status];
  return (
    <SaveIndicator
      status={status}
      text={text}
      {...(status === 'error' && state.error ? { detail: state.error.messageIn(currentLang()) } : {})}
      {...(state.retry ? { onRetry: state.retry, retryLabel: t('save.retry') } : {})}
    />
  );
}
