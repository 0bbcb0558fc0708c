/** Note tags, as the schema's CHECK on `note_tags.tag` lists them. */
export type Tag =
  | 'need'
  | 'objective'
  | 'constraint'
  | 'budget'
  | 'deadline'
  | 'competitor'
  | 'persona'
  | 'risk'
  | 'idea'
  | 'decision'
  | 'next_step';

/** One note as the consultant typed it during an interview. */
export interface DemoNote {
  key?: string;
  session: number;
  time: string;
  question?: [number, number];
  tags: Tag[];
  body: string;
  /** A note the consultant struck out during the interview (kept, hidden). */
  deleted?: string;
}
