import type { ReactNode } from 'react';

/** What every labelled input accepts besides its value. */
export interface LabelledProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  optional?: boolean;
  className?: string;
}

export function pickFieldProps<T extends LabelledProps>({
  label,
  hint,
  error,
  required,
  optional,
  className,
  ...rest
}: T) {
  return { field: { label, hint, error, required, optional, className }, rest };
}
