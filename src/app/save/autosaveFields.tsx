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

/**
 * What every debounced field needs from autosave: the draft as its value, the
 * error in the user's language, and a save when focus leaves it.
 */
export function useAutosaveBinding<T, E>({ value, onSave, validate, onBlur }: AutosaveProps<T> & { onBlur?: ((event: E) => void) | undefined }) {
  const errorText = useErrorText();
  const field = useAutosaveField({ value, save: onSave, ...(validate ? { validate } : {}) });
  return {
    value: field.draft,
    onChange: field.setDraft,
    error: field.error ? errorText(field.error) : undefined,
    onBlur: (event: E) => {
      field.flush();
      onBlur?.(event);
    },
  };
}

export function AutosaveTextField({ value, onSave, validate, onBlur, ...props }: AutosaveProps<string> & Without<TextFieldProps>) {
  return <TextField {...props} {...useAutosaveBinding({ value, onSave, validate, onBlur })} />;
}

export function AutosaveTextArea({ value, onSave, validate, onBlur, ...props }: AutosaveProps<string> & Without<TextAreaProps>) {
  return <TextArea {...props} {...useAutosaveBinding({ value, onSave, validate, onBlur })} />;
}

/** Dates save when the picker commits a full date (or the field is cleared). */
export function AutosaveDateField({ value, onSave, validate, onBlur, ...props }: AutosaveProps<string> & Without<DateFieldProps>) {
  return <DateField {...props} {...useAutosaveBinding({ value, onSave, validate, onBlur })} />;
}

export function AutosaveMoneyField({ value, onSave, validate, onBlur, ...props }: AutosaveProps<number | null> & Without<MoneyFieldProps>) {
  return <MoneyField {...props} {...useAutosaveBinding({ value, onSave, validate, onBlur })} />;
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
