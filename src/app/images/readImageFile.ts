/** A pasted or dropped file as base64, for the API (the core checks type and size). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The first image among pasted or dropped items. */
export function firstImageFile(list: DataTransfer | null): File | null {
  if (!list) return null;
  for (const file of Array.from(list.files)) return file;
  for (const item of Array.from(list.items)) {
    if (item.kind === 'file') return item.getAsFile();
  }
  return null;
}
