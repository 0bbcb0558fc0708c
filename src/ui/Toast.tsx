import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from './IconButton';
import { AlertIcon, CheckIcon, CloseIcon, InfoIcon } from './icons';
import './Toast.css';

export interface ToastInput {
  tone?: 'info' | 'success' | 'danger';
  message: ReactNode;
}
interface ToastItem extends Required<ToastInput> {
  id: number;
}

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

/** Informative toasts fade after a few seconds; errors stay until dismissed. */
const AUTO_DISMISS_MS = 5000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('app');
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);
  const show = useCallback(
    ({ tone = 'info', message }: ToastInput) => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-3), { id, tone, message }]);
      if (tone !== 'danger') setTimeout(() => dismiss(id), AUTO_DISMISS_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="ui-toast-region" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`ui-toast ui-toast--${toast.tone}`}
            role={toast.tone === 'danger' ? 'alert' : undefined}
          >
            <span className="ui-toast__icon">
              {toast.tone === 'danger' ? <AlertIcon /> : toast.tone === 'success' ? <CheckIcon /> : <InfoIcon />}
            </span>
            <div className="ui-toast__message">{toast.message}</div>
            <IconButton label={t('common.dismiss')} icon={<CloseIcon size={14} />} onClick={() => dismiss(toast.id)} />
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: ToastInput) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast() needs a <ToastProvider>');
  return show;
}
