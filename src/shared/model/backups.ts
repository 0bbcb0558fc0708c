export interface BackupEntry {
  fileName: string;
  createdAt: number;
  /** ouverture | auto | manuelle | avant-migration */
  reason: string;
  sizeBytes: number;
  clientName: string;
  counts: { notes: number; objectives: number; actions: number };
  /** False when the copy could not be read back (listed so it does not vanish silently). */
  readable: boolean;
}
