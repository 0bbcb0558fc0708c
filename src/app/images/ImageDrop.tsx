import { useRef, useState, type ReactNode } from 'react';
import { firstImageFile, readAsBase64 } from './readImageFile';
import './ImageDrop.css';

/**
 * Where a screenshot or photo goes: paste (Ctrl+V when focused), drop, or choose a
 * file with the keyboard (Enter/Space opens the picker). The core decides what is accepted.
 */
export function ImageDrop({ label, hint, onImage, busy, children }: { label: string; hint: string; onImage: (base64: string) => Promise<unknown>; busy?: boolean; children?: ReactNode }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = async (file: File | null) => {
    if (file) await onImage(await readAsBase64(file)).catch(() => undefined);
  };
  return (
    <div
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-busy={busy || undefined}
      className={`image-drop${over ? ' image-drop--over' : ''}`}
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
  );
}
