import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang } from '../../shared/lang';
import { IMAGE_LIMITS } from '../../shared/model/images';
import { ApiError, toApiError } from '../api/ApiError';
import { currentLang } from '../i18n/i18n';
import { firstImageFile, readAsBase64 } from './readImageFile';
import './ImageDrop.css';

const mb = (bytes: number) => `${Math.ceil(bytes / 1048576)} Mo`;

/**
 * Where a screenshot or photo goes: paste (Ctrl+V when focused), drop, or choose a
 * file with the keyboard (Enter/Space opens the picker). The core decides what is accepted;
 * a refusal (too heavy, not a picture) is said here, beside the zone the user just used,
 * in the UI language (and re-said if the language changes), not only in the header.
 */
export function ImageDrop({ label, hint, onImage, busy, children }: { label: string; hint: string; onImage: (base64: string) => Promise<unknown>; busy?: boolean; children?: ReactNode }) {
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const { i18n } = useTranslation();
  const [over, setOver] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const take = async (file: File | null) => {
    if (!file) return;
    setRefusal(null);
    // A file far over the limit is refused before it is read and sent: same message as the core's.
    if (file.size > IMAGE_LIMITS.maxInputBytes) {
      setRefusal(new ApiError({ code: 'IMAGE_TOO_LARGE', params: { size: mb(file.size), limit: mb(IMAGE_LIMITS.maxInputBytes) } }, currentLang()));
      return;
    }
    try {
      await onImage(await readAsBase64(file));
    } catch (error) {
      setRefusal(toApiError(error, currentLang()));
    }
  };
  return (
    <div className="image-drop-field">
      <div
        role="button"
        tabIndex={0}
        aria-label={label}
        aria-busy={busy || undefined}
        aria-invalid={refusal ? true : undefined}
        aria-describedby={refusal ? errorId : undefined}
        className={`image-drop${over ? ' image-drop--over' : ''}${refusal ? ' image-drop--refused' : ''}`}
        onPaste={(event) => {
          const file = firstImageFile(event.clipboardData);
          if (file) {
            event.preventDefault();
            void take(file);
          }
        }}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          void take(firstImageFile(event.dataTransfer));
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            input.current?.click();
          }
        }}
        onClick={() => input.current?.click()}
      >
        {children ?? <span className="image-drop__hint">{hint}</span>}
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          hidden
          onChange={(event) => {
            void take(event.target.files?.[0] ?? null);
            event.target.value = '';
          }}
        />
      </div>
      {refusal && (
        <p id={errorId} role="alert" className="image-drop__error" data-testid="image-refused">
          {refusal.messageIn(isLang(i18n.language) ? i18n.language : currentLang())}
        </p>
      )}
    </div>
  );
}
