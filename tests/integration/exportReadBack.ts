import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface ReadBack {
  parts: number;
  xml_errors: string[];
  media: string[];
  headings: [string, string][];
  toc_field: boolean;
  toc_entries: number;
  toc_page_numbers: string[];
  page_fields: boolean;
  compat15: boolean;
  tables: number;
  tables_with_header: number;
  tblHeader_false: boolean;
  text: string;
  images: number;
  cover_sections: number;
  first_section_has_header: boolean;
}

/** python-docx lives with the system Python only (see TOOLCHAIN.md). */
export function readBack(file: string): ReadBack {
  const script = path.join(import.meta.dirname, 'exportReadBack.py');
  return JSON.parse(execFileSync('/usr/bin/python3', [script, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as ReadBack;
}

/** LibreOffice headless: docx → pdf; returns the PDF's text (pdftotext) and page count. */
export function convertWithLibreOffice(file: string, outDir: string): { pdf: string; pages: number; text: string } {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${outDir}/lo-profile`, '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'pipe', timeout: 180_000 });
  const pdf = path.join(outDir, path.basename(file).replace(/\.docx$/, '.pdf'));
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return { pdf, pages, text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }) };
}
