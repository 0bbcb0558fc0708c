import { useTranslation } from 'react-i18next';
import { Button, useToast } from '../../ui';

/** Copies a file path (the browser mode's only way to a written file). */
export function CopyPathButton({ path, fileName }: { path: string; fileName: string }) {
  const { t } = useTranslation('deliverables');
  const toast = useToast();
  const copy = () => {
    navigator.clipboard.writeText(path).then(
      () => toast({ tone: 'success', message: t('result.copied') }),
      () => toast({ tone: 'danger', message: t('result.copyFailed') }),
    );
  };
  return (
    <Button size="sm" variant="ghost" onClick={copy} aria-label={t('result.copyLabel', { file: fileName })}>
      {t('result.copy')}
    </Button>
  );
}
