import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog } from '../../ui';
import './planListsMessages';

/** « Supprimer … ? » with what happens to linked items said before; no confirm button when `blocked`. */
export function PlanConfirmDialog({ title, open, blocked, pending, onConfirm, onClose, children }: { title: string; open: boolean; blocked?: boolean; pending?: boolean; onConfirm: () => void; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation('planLists');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      footer={
        <>
          <Button onClick={onClose}>{t('cancel')}</Button>
          {!blocked && (
            <Button variant="danger" disabled={pending} onClick={onConfirm}>
              {t('delete')}
            </Button>
          )}
        </>
      }
    >
      <div data-testid="confirm-text">{children}</div>
    </Dialog>
  );
}
