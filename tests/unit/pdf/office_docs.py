"""Office documents written here (no office suite needed to write them), in French and Arabic,
fictional: a plain-text letter, an OpenDocument form with fields, a Word (.docx) attestation.
LibreOffice (``soffice --headless --convert-to pdf``) then turns them into PDFs."""

from __future__ import annotations

import zipfile
from pathlib import Path

FRENCH = "Dossier de retraite (fictif) : pièces à fournir, échéance du 30 juin, bénéficiaire."
ARABIC = "ملف التقاعد (تجريبي): الوثائق المطلوبة قبل 30 يونيو، المستفيد."


def letter_txt(path: Path) -> Path:
    path.write_text(f"{FRENCH}\n{ARABIC}\n", encoding="utf-8")
    return path


_ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3">
 <office:font-face-decls>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
 </office:font-face-decls>
 <office:automatic-styles>
  <style:style style:name="FR" style:family="paragraph">
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="12pt"/>
  </style:style>
  <style:style style:name="AR" style:family="paragraph">
   <style:paragraph-properties style:writing-mode="rl-tb" fo:text-align="end"/>
   <style:text-properties style:font-name="DejaVu Sans" style:font-name-complex="DejaVu Sans"
    fo:font-size="12pt" style:font-size-complex="12pt"/>
  </style:style>
 </office:automatic-styles>
 <office:body><office:text>
  <office:forms form:automatic-focus="false" form:apply-design-mode="false">
   <form:form form:name="Formulaire">
    <form:text form:name="matricule" form:id="control1" xml:id="control1"/>
    <form:checkbox form:name="marie" form:id="control2" xml:id="control2" form:label="Marié(e)"/>
   </form:form>
  </office:forms>
  <text:p text:style-name="FR">%(fr)s</text:p>
  <text:p text:style-name="AR">%(ar)s</text:p>
  <text:p text:style-name="FR">Matricule (fictif) :
   <draw:control text:anchor-type="as-char" svg:width="6cm" svg:height="0.8cm"
    draw:control="control1"/></text:p>
  <text:p text:style-name="FR"><draw:control text:anchor-type="as-char" svg:width="4cm"
   svg:height="0.7cm" draw:control="control2"/></text:p>
 </office:text></office:body>
</office:document-content>
"""

_ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
 manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/"
  manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def form_odt(path: Path) -> Path:
    """An OpenDocument text with a text field and a check box (exported as AcroForm fields)."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")  # first, stored
        z.writestr("content.xml", _ODT_CONTENT % {"fr": FRENCH, "ar": ARABIC}, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", _ODT_MANIFEST, zipfile.ZIP_DEFLATED)
    return path


_DOCX_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
 <Default Extension="rels"
  ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
 <Default Extension="xml" ContentType="application/xml"/>
 <Override PartName="/word/document.xml" ContentType=
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>
"""

_DOCX_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
 <Relationship Id="rId1" Target="word/document.xml" Type=
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>
"""

_DOCX_BODY = """<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
 <w:p><w:r><w:rPr><w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif"/></w:rPr>
  <w:t>Attestation de travail (fictive). %(fr)s</w:t></w:r></w:p>
 <w:p><w:pPr><w:bidi/><w:jc w:val="right"/></w:pPr>
  <w:r><w:rPr><w:rFonts w:cs="DejaVu Sans"/><w:rtl/></w:rPr><w:t>%(ar)s</w:t></w:r></w:p>
</w:body></w:document>
"""


def attestation_docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _DOCX_TYPES)
        z.writestr("_rels/.rels", _DOCX_RELS)
        z.writestr("word/document.xml", _DOCX_BODY % {"fr": FRENCH, "ar": ARABIC})
    return path
