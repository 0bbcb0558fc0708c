import type { IStylesOptions, PageNumberEstimator } from 'docx';
import { PAGE } from '../page';
import { childrenOf, type XmlNode } from './ooxml';
import { paginate } from './paginate';
import { pageAreaOf, readBlocks } from './readFlow';
import { styleTable } from './styles';

/**
 * Page numbers for the table of contents and « Page X / Y », worked out from the kit's own
 * styles and Word's font metrics (wordFontMetrics.json) in one pass over the written body.
 * docx/layout lays out any document as Word does, but costs seconds per hundred pages: a
 * consultant's full report with its interview notes took over ten seconds to export. The kit
 * writes a handful of paragraph and table shapes, so this reads them and places them as Word
 * places them; `tests/integration/pageNumberEstimate.test.ts` holds it to docx/layout's pages.
 */
export function kitPageNumbers(styles: IStylesOptions): PageNumberEstimator {
  const table = styleTable(styles);
  return (body) => {
    const root = body as XmlNode;
    const area = pageAreaOf(root, { width: PAGE.width, height: PAGE.height, top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginSide, right: PAGE.marginSide });
    const blocks = readBlocks(table, childrenOf(root), area.width);
    const pages = paginate(blocks, area);
    return {
      bookmarks: new Map([...pages.bookmarks].map(([name, page]) => [name, String(page)])),
      bookmarkPageNumbers: pages.bookmarks,
      pageCount: pages.pageCount,
      sectionPageCounts: pages.sectionPageCounts,
    };
  };
}
