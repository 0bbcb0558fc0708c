/**
 * Characters no file name may hold on Windows, macOS or Linux (reserved
 * punctuation and control characters). One rule for the contract, which
 * refuses such names, and for the core, which derives names from client names.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
export const FILE_NAME_FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f]/g;

export function hasForbiddenFileNameCharacter(name: string): boolean {
  return new RegExp(FILE_NAME_FORBIDDEN.source).test(name);
}
