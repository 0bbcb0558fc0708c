/**
 * Reading docx's formatted XML objects — what a page-number estimator receives — as elements:
 * `{ 'w:p': [ { _attr: {…} }, { 'w:pPr': […] }, 'text' ] }` or `{ 'w:b': {} }`.
 */
export type XmlNode = Record<string, unknown>;

export function nameOf(node: XmlNode): string {
  for (const key in node) if (key !== '_attr') return key;
  return '';
}

function contentOf(node: XmlNode): unknown {
  return node[nameOf(node)];
}

/** Child elements, in order (attributes and text left out). */
export function childrenOf(node: XmlNode): XmlNode[] {
  const content = contentOf(node);
  if (!Array.isArray(content)) return [];
  const out: XmlNode[] = [];
  for (const child of content) if (child !== null && typeof child === 'object' && !('_attr' in child && Object.keys(child).length === 1)) out.push(child as XmlNode);
  return out;
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  const content = contentOf(node);
  if (!Array.isArray(content)) return undefined;
  for (const c of content) if (c !== null && typeof c === 'object' && name in c) return c as XmlNode;
  return undefined;
}

export function attr(node: XmlNode | undefined, name: string): string | number | boolean | undefined {
  if (!node) return undefined;
  const content = contentOf(node);
  const holder = Array.isArray(content)
    ? (content.find((c) => c !== null && typeof c === 'object' && '_attr' in c) as { _attr?: Record<string, unknown> } | undefined)
    : (content as { _attr?: Record<string, unknown> } | undefined);
  const value = holder?._attr?.[name];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

export function numberAttr(node: XmlNode | undefined, name: string): number | undefined {
  const value = attr(node, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** An on/off property (`<w:b/>`, `<w:b w:val="false"/>`): undefined when absent. */
export function flag(parent: XmlNode | undefined, name: string): boolean | undefined {
  const node = parent && child(parent, name);
  if (!node) return undefined;
  const value = attr(node, 'w:val');
  return !(value === false || value === 'false' || value === 0 || value === '0' || value === 'off');
}

/** The text strings directly inside an element (`w:t`). */
export function textOf(node: XmlNode): string {
  const content = contentOf(node);
  if (typeof content === 'string') return content;
  return Array.isArray(content) ? content.filter((c): c is string => typeof c === 'string').join('') : '';
}
