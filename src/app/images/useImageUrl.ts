import { useApiQuery } from '../queries/useApiQuery';

/** A stored image as a data URL (the CSP allows `img-src data:`); images never change once stored, so the cache keeps them. */
export function useImageUrl(engagementId: string, imageId: number | null): string | undefined {
  const query = useApiQuery(['image:get', engagementId, imageId], 'image:get', { engagementId, id: imageId ?? 1 }, { enabled: imageId !== null, staleTime: Infinity });
  return imageId !== null && query.data ? `data:${query.data.mime};base64,${query.data.base64}` : undefined;
}
