import { useState } from 'react';

/** A one-line input that creates an item on Enter and clears itself (the house pattern for quick entry). */
export function EnterInput({ label, placeholder, onEnter, className }: { label: string; placeholder?: string; onEnter: (text: string) => unknown; className?: string }) {
  const [text, setText] = useState('');
  return (
    <input
      className={['ui-input', className].filter(Boolean).join(' ')}
      aria-label={label}
      placeholder={placeholder ?? label}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && text.trim()) {
          event.preventDefault();
          onEnter(text.trim());
          setText('');
        }
      }}
    />
  );
}
