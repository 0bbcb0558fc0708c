import { DateField, MoneyField, Select, TextArea, TextField, type SelectOption } from '../../ui';
import type { DateFieldProps } from '../../ui/DateField';
import type { MoneyFieldProps } from '../../ui/MoneyField';
import type { TextAreaProps } from '../../ui/TextArea';
import type { TextFieldProps } from '../../ui/TextField';
import { useErrorText } from '../useErrorText';
import { useAutosaveField } from './useAutosaveField';

/**
 * The design system's fields bound to autosave: they take the saved value and a
 * `onSave` that calls the API; typing, debounce, blur-flush and errors are handled here.
 */
interface AutosaveProps<T> {
  value: T;
  onSave: (value: T) => Promise<unknown>;
  validate?: (value: T) => string | null;
}

type Without<P> = Omit<P, 'value' | 'onChange' | 'error'>;

export function AutosaveTextField({
  value,
  onSave,
  validate,
  onBlur,
  ...props
}: AutosaveProps<string> & Without<TextFieldProps>) {
  const errorText = useErrorText();
  const field = useAutosaveField({ value, save: onSave, ...(validate ? { validate } : {}) });
  return (
    <TextField
      {...props}
      value={field.draft}
      onChange={field.setDraft}
      error={field.error ? errorText(field.error) : undefined}
      onBlur={(event) => {
        field.flush();
        onBlur?.(event);
      }}
    />
  );
}

export function AutosaveTextArea({
  value,
  onSave,
  validate,
  onBlur,
  ...props
}: AutosaveProps<string> & Without<TextAreaProps>) {
  const errorText = useErrorText();
  const field = useAutosaveField({ value, save: onSave, ...(validate ? { validate } : {}) });
  return (
    <TextArea
      {...props}
      value={field.draft}
      onChange={field.setDraft}
      error={field.error ? errorText(field.error) : undefined}
      onBlur={(event) => {
        field.flush();
        onBlur?.(event);
      }}
    />
  );
}

/** Dates save when the picker commits a full date (or the field is cleared). */
export function AutosaveDateField({
  value,
  onSave,
  validate,
  onBlur,
  ...props
}: AutosaveProps<string> & Without<DateFieldProps>) {
  const errorText = useErrorText();
  const field = useAutosaveField({ value, save: onSave, ...(validate ? { validate } : {}) });
  return (
    <DateField
      {...props}
      value={field.draft}
      onChange={field.setDraft}
      error={field.error ? errorText(field.error) : undefined}
      onBlur={(event) => {
        field.flush();
        onBlur?.(event);
      }}
    />
  );
}

export function AutosaveMoneyField({
  value,
  onSave,
  validate,
  onBlur,
  ...props
}: AutosaveProps<number | null> & Without<MoneyFieldProps>) {
  const errorText = useErrorText();
  const field = useAutosaveField({ value, save: onSave, ...(validate ? { validate } : {}) });
  return (
    <MoneyField
      {...props}
      value={field.draft}
      onChange={field.setDraft}
      error={field.error ? errorText(field.error) : undefined}
      onBlur={(event) => {
        field.flush();
        onBlur?.(event);
      }}
    />
  );
}

/** A choice saves at once: there is nothing to debounce. */
export function AutosaveSelect<V extends string>({
  value,
  onSave,
  options,
  ...props
}: AutosaveProps<V> & Without<React.ComponentProps<typeof Select<V>>> & { options: readonly SelectOption<V>[] }) {
  const errorText = useErrorText();
  const field = useAutosaveField({ value, save: onSave });
  return (
    <Select<V>
      {...props}
      options={options}
      value={field.draft}
      onChange={(next) => {
        field.setDraft(next);
        field.flush();
      }}
      error={field.error ? errorText(field.error) : undefined}
    />
  );
}
