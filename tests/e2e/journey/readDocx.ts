import mammoth from 'mammoth';

export interface DocxContent {
  /** The document's words, paragraphs joined by new lines. */
  text: string;
  /** Heading 1 titles, in order. */
  headings: string[];
  /** Every picture in the body. */
  images: number;
  /** Pictures whose alt text is a « Figure N » caption's: the charts (photos and logos have none). */
  chartImages: number;
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, '\'')
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim();

/** Reads a .docx back through mammoth (Word styles → HTML): headings, text, pictures and chart captions. */
export async function readDocx(path: string): Promise<DocxContent> {
  const [{ value: html }, { value: raw }] = await Promise.all([mammoth.convertToHtml({ path }), mammoth.extractRawText({ path })]);
  // French typography puts (narrow) no-break spaces inside « » and before « : » ; compare words, not spaces.
  const text = raw.replace(/[\u00a0\u202f]/g, ' ');
  const headings = [...html.matchAll(/<h1[^>]*>(.*?)<\/h1>/g)].map((m) => decode(m[1]!));
  const alts = [...html.matchAll(/<img[^>]*?alt="([^"]*)"/g)].map((m) => decode(m[1]!));
  const images = (html.match(/<img\b/g) ?? []).length;
  const captions = text.split('\n').filter((line) => /^(Figure|Fig\.)\s*\d+/.test(line.trim()));
  const chartImages = alts.filter((alt) => alt && captions.some((c) => c.includes(alt))).length;
  return { text, headings, images, chartImages };
}
