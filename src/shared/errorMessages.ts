import type { ApiErrorShape, ErrorCode } from './errors';
import type { Lang } from './lang';
import { applyFrenchSpacing } from './typography';

type Catalogue = Record<ErrorCode, string>;

// Written with plain spaces; applyFrenchSpacing adds the no-break ones.
const fr: Catalogue = {
  INVALID_PAYLOAD: 'Donnée invalide pour le champ « {field} » : {reason}',
  UNKNOWN_METHOD: 'Opération inconnue : {method}.',
  FORBIDDEN_SENDER: 'Requête refusée : elle ne vient pas de la fenêtre d’Orchestre.',
  NOT_FOUND: 'Élément introuvable ({what}).',
  FILE_NOT_FOUND: 'Le fichier « {file} » est introuvable. A-t-il été déplacé ou supprimé ?',
  FILE_EMPTY: 'Le fichier « {file} » est vide (0 octet) : ce n’est pas une mission Orchestre.',
  FILE_NOT_SQLITE: 'Le fichier « {file} » n’est pas une mission Orchestre (format non reconnu).',
  FILE_TRUNCATED:
    'Le fichier « {file} » est incomplet (tronqué) : une copie ou un téléchargement s’est sans doute interrompu. Restaurez une sauvegarde.',
  FILE_CORRUPT: 'Le fichier « {file} » est endommagé ({detail}). Restaurez une sauvegarde.',
  FILE_OTHER_APP: 'Le fichier « {file} » est une base SQLite d’une autre application, pas une mission Orchestre.',
  FILE_TOO_NEW:
    'Le fichier « {file} » a été enregistré par une version plus récente d’Orchestre (format {version}, cette version lit jusqu’au format {supported}). Mettez Orchestre à jour pour l’ouvrir.',
  FILE_HEADER_UNSUPPORTED: 'Le fichier « {file} » utilise un format SQLite que cette version ne sait pas lire.',
  FILE_EXISTS: 'Un fichier « {file} » existe déjà à cet endroit. Choisissez un autre nom.',
  FILE_READ_ONLY: 'Le fichier « {file} » est en lecture seule : les modifications ne peuvent pas être enregistrées.',
  FILE_NEEDS_RECOVERY:
    'Le fichier « {file} » porte une modification interrompue (le fichier « {file}-journal » à côté) qu’Orchestre doit rétablir, mais le fichier ou son dossier est en lecture seule. Rendez-les modifiables, puis rouvrez la mission.',
  FILE_MOVED:
    'Le fichier « {file} » a été déplacé, renommé ou supprimé pendant qu’il était ouvert : cette modification n’a pas été enregistrée. Votre travail ouvert n’est pas perdu : enregistrez-en une copie, ou fermez la mission et rouvrez le fichier à son nouvel emplacement.',
  FOLDER_NOT_WRITABLE: 'Impossible d’écrire dans le dossier « {folder} ». Vérifiez les droits d’accès.',
  OPEN_ELSEWHERE:
    'La mission « {file} » est déjà ouverte dans une autre fenêtre ou un autre programme. Fermez-la là-bas avant de l’ouvrir ici.',
  ENGAGEMENT_NOT_OPEN: 'Cette mission n’est plus ouverte. Rouvrez-la depuis l’accueil.',
  DISK_FULL: 'Le disque est plein : la dernière modification n’a pas été enregistrée. Libérez de la place puis réessayez.',
  INVALID_IMPORT: 'Import refusé, champ « {field} » : {reason}',
  UNSUPPORTED_IMAGE: 'Cette image n’est pas dans un format pris en charge (PNG, JPEG, WebP ou GIF).',
  IMAGE_TOO_LARGE: 'Cette image est trop lourde ({size}) : la limite est de {limit}.',
  CANCELLED: 'Opération annulée.',
  INTERNAL: 'Une erreur inattendue est survenue. Vos données enregistrées sont intactes. ({detail})',
};

const en: Catalogue = {
  INVALID_PAYLOAD: 'Invalid value for field “{field}”: {issueText}.',
  UNKNOWN_METHOD: 'Unknown operation: {method}.',
  FORBIDDEN_SENDER: 'Request refused: it does not come from the Orchestre window.',
  NOT_FOUND: 'Item not found ({what}).',
  FILE_NOT_FOUND: 'The file “{file}” cannot be found. Was it moved or deleted?',
  FILE_EMPTY: 'The file “{file}” is empty (0 bytes): it is not an Orchestre engagement.',
  FILE_NOT_SQLITE: 'The file “{file}” is not an Orchestre engagement (unrecognised format).',
  FILE_TRUNCATED:
    'The file “{file}” is incomplete (truncated): a copy or download was probably interrupted. Restore a backup.',
  FILE_CORRUPT: 'The file “{file}” is damaged ({detail}). Restore a backup.',
  FILE_OTHER_APP: 'The file “{file}” is another application’s SQLite database, not an Orchestre engagement.',
  FILE_TOO_NEW:
    'The file “{file}” was saved by a newer version of Orchestre (format {version}; this version reads up to format {supported}). Update Orchestre to open it.',
  FILE_HEADER_UNSUPPORTED: 'The file “{file}” uses an SQLite format this version cannot read.',
  FILE_EXISTS: 'A file “{file}” already exists there. Choose another name.',
  FILE_READ_ONLY: 'The file “{file}” is read-only: changes cannot be saved.',
  FILE_NEEDS_RECOVERY:
    'The file “{file}” holds an interrupted change (the file “{file}-journal” beside it) that Orchestre must roll back, but the file or its folder is read-only. Make them writable, then reopen the engagement.',
  FILE_MOVED:
    'The file “{file}” was moved, renamed or deleted while open: this change was not saved. Your open work is not lost: save a copy of it, or close the engagement and reopen the file where it now is.',
  FOLDER_NOT_WRITABLE: 'Cannot write to the folder “{folder}”. Check its permissions.',
  OPEN_ELSEWHERE:
    'The engagement “{file}” is already open in another window or program. Close it there before opening it here.',
  ENGAGEMENT_NOT_OPEN: 'This engagement is no longer open. Reopen it from the home screen.',
  DISK_FULL: 'The disk is full: the last change was not saved. Free some space and try again.',
  INVALID_IMPORT: 'Import refused, field “{field}”: {issueText}.',
  UNSUPPORTED_IMAGE: 'This image is not in a supported format (PNG, JPEG, WebP or GIF).',
  IMAGE_TOO_LARGE: 'This image is too large ({size}): the limit is {limit}.',
  CANCELLED: 'Operation cancelled.',
  INTERNAL: 'An unexpected error occurred. Your saved data is intact. ({detail})',
};

const frSpaced = Object.fromEntries(
  Object.entries(fr).map(([code, text]) => [code, applyFrenchSpacing(text)]),
) as Catalogue;

const catalogues: Record<Lang, Catalogue> = { fr: frSpaced, en };

/** Validation reasons are written in French in the schemas; English gets zod's issue kind. */
const ISSUE_TEXT_EN: Record<string, string> = {
  too_small: 'too short or too small',
  too_big: 'too long or too large',
  invalid_type: 'wrong type',
  invalid_format: 'wrong format',
  invalid_value: 'not one of the allowed values',
  unrecognized_keys: 'unknown field',
  custom: 'invalid value',
};

/** The core writes sizes in French units (« 22 Mo ») without knowing the reader's language. */
function localUnits(value: string, lang: Lang): string {
  return lang === 'en' ? value.replace(/(\d) ?Mo\b/g, '$1 MB') : value;
}

/** Turns an error from the API into one sentence in the user's language. */
export function formatError(error: ApiErrorShape, lang: Lang): string {
  const template = catalogues[lang][error.code] ?? catalogues[lang].INTERNAL;
  const issue = String(error.params?.issue ?? 'custom');
  const params: Record<string, string | number> = { ...error.params, issueText: ISSUE_TEXT_EN[issue] ?? ISSUE_TEXT_EN.custom ?? '' };
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    return value === undefined ? '' : localUnits(String(value), lang);
  });
}
