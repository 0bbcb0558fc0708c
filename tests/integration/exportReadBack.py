"""Reads a .docx back for the export tests: strict XML parse of every part, then python-docx.
Prints one JSON object. Run with /usr/bin/python3 (python3-docx is installed there)."""
import json, re, sys, zipfile
import xml.etree.ElementTree as ET
import docx

path = sys.argv[1]
out = {"parts": 0, "xml_errors": []}
with zipfile.ZipFile(path) as z:
    for name in z.namelist():
        if name.endswith(".xml") or name.endswith(".rels"):
            out["parts"] += 1
            try:
                ET.fromstring(z.read(name))
            except ET.ParseError as e:
                out["xml_errors"].append(f"{name}: {e}")
    body = z.read("word/document.xml").decode("utf8")
    settings = z.read("word/settings.xml").decode("utf8")
    hf = "".join(z.read(n).decode("utf8") for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml", n))
    out["media"] = [n for n in z.namelist() if n.startswith("word/media/")]

d = docx.Document(path)
out["headings"] = [(p.style.style_id, p.text) for p in d.paragraphs if p.style.style_id in ("Heading1", "Heading2", "Heading3")]
out["toc_field"] = "TOC \\" in body or " TOC " in body
out["toc_entries"] = len(re.findall(r'w:val="TOC[12]"', body))
out["toc_page_numbers"] = re.findall(r'<w:pStyle w:val="TOC1"/>.*?(\d+)</w:t></w:r>', body)[:3]
out["page_fields"] = ("PAGE" in hf) and ("NUMPAGES" in hf)
out["compat15"] = 'w:name="compatibilityMode"' in settings and 'w:val="15"' in settings
out["tables"] = len(d.tables)
out["tables_with_header"] = body.count("<w:tblHeader")
out["tblHeader_false"] = 'w:tblHeader w:val="false"' in body or 'w:tblHeader w:val="0"' in body
out["text"] = "\n".join(p.text for p in d.paragraphs) + "\n" + "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
out["images"] = body.count("<pic:pic")
out["cover_sections"] = len(d.sections)
out["first_section_has_header"] = bool(d.sections[0].header.paragraphs and d.sections[0].header.paragraphs[0].text) and not d.sections[0].header.is_linked_to_previous
print(json.dumps(out))
