import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from './IconButton';
import { CloseIcon } from './icons';
import './Dialog.css';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  description?: ReactNode;
  onClose: () => void;
  /** When given, the body is a form: Enter submits, the footer's submit button too. */
  onSubmit?: () => void;
  footer?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}

/**
 * A modal built on the native <dialog>: `showModal()` makes the rest of the page
 * inert (the focus trap) and Esc closes it; focus returns where it was.
 */
export function Dialog({ open, title, description, onClose, onSubmit, footer, wide, children }: DialogProps) {
  const { t } = useTranslation('app');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const returnFocus = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement;
      dialog.showModal();
      // Start in the first field rather than on the close button.
      const first = dialog.querySelector<HTMLElement>(
        '[data-autofocus], .ui-dialog__body input, .ui-dialog__body select, .ui-dialog__body textarea',
      );
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
    }
  }, [open]);

  const submit = (event: FormEvent) => {
    // The CSP forbids form submission anyway (form-action 'none'); forms only call handlers.
    event.preventDefault();
    onSubmit?.();
  };

  const content = (
    <>
      <header className="ui-dialog__header">
        <div>
          <h2 id={titleId} className="ui-dialog__title">
            {title}
          </h2>
          {description && (
            <p id={descriptionId} className="ui-dialog__description">
              {description}
            </p>
          )}
        </div>
        <IconButton label={t('common.close')} icon={<CloseIcon />} onClick={onClose} />
      </header>
      <div className="ui-dialog__body">{children}</div>
      {footer && <footer className="ui-dialog__footer">{footer}</footer>}
    </>
  );

  return (
    <dialog
      ref={ref}
      className={['ui-dialog', wide && 'ui-dialog--wide'].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open &&
        (onSubmit ? (
          <form className="ui-dialog__form" onSubmit={submit} noValidate>
            {content}
          </form>
        ) : (
          <div className="ui-dialog__form">{content}</div>
        ))}
    </dialog>
  );
}
