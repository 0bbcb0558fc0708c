import { useQueryClient } from '@tanstack/react-query';
import { useApiQuery } from '../../app/queries/useApiQuery';
import { useSaveMutation } from '../../app/save/useSaveMutation';
import type { MethodInput } from '../../shared/contract';
import { WORD_SAFE_FONTS } from '../../shared/wordSafeFonts';
import type { BrandingProfile } from '../../shared/model/workspace';

export const brandingKey = ['branding:list'] as const;

/** The app's branding profiles (workspace level) and their writes. */
export function useBrandingProfiles() {
  const queryClient = useQueryClient();
  const list = useApiQuery(brandingKey, 'branding:list', {}, { staleTime: 0 });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: brandingKey });
  const save = useSaveMutation('branding:save', {
    onSuccess: (saved) =>
      queryClient.setQueryData<BrandingProfile[]>(brandingKey, (old) => {
        const others = (old ?? []).filter((p) => p.id !== saved.id && p.id !== 'default');
        return old?.some((p) => p.id === saved.id) ? (old ?? []).map((p) => (p.id === saved.id ? saved : p)) : [...others, saved];
      }),
  });
  const remove = useSaveMutation('branding:delete', { onSuccess: refresh });
  return { list, save, remove };
}

type SaveInput = MethodInput<'branding:save'>;
type Font = SaveInput['headingFont'];
const isFont = (font: string): font is Font => (WORD_SAFE_FONTS as readonly string[]).includes(font);

/** The model types fonts as strings; the contract wants one of the Word-safe fonts. */
export function toProfileInput(profile: Omit<BrandingProfile, 'id'> & { id?: string }): SaveInput {
  return {
    ...profile,
    headingFont: isFont(profile.headingFont) ? profile.headingFont : 'Calibri',
    bodyFont: isFont(profile.bodyFont) ? profile.bodyFont : 'Calibri',
  };
}
