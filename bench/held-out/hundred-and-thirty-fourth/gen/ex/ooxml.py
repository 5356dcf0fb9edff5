"""Minimal but valid DOCX / XLSX packages built with the deterministic ZIP
writer (no macros, no external content)."""
from xml.sax.saxutils import escape

from . import zipx

_XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def _core(title, author, created, modified_by=None):
    return (_XMLDECL +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(title), escape(author), escape(modified_by or author), created, created)).encode()


def _app(app_name="Microsoft Office Word", company=""):
    return (_XMLDECL +
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><DocSecurity>0</DocSecurity><Company>%s</Company>'
            '<AppVersion>16.0000</AppVersion></Properties>' % (escape(app_name), escape(company))).encode()


def docx(paragraphs, title, author, created, when, company="", lang="de-DE"):
    """paragraphs: list of str or ("b", str) for bold, ("h", str) heading,
    ("table", [[cells]])."""
    body = []
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == "table":
            rows = []
            for r_i, row in enumerate(p[1]):
                cells = "".join(
                    '<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                    % ("<w:rPr><w:b/></w:rPr>" if r_i == 0 else "", escape(c)) for c in row)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="Tabellenraster"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl>' % "".join(rows))
            continue
        style = ""
        bold = False
        text = p
        if isinstance(p, tuple):
            if p[0] == "h":
                style = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'
                bold = True
            elif p[0] == "b":
                bold = True
            text = p[1]
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ""
        body.append('<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (style, rpr, escape(text)))
    doc = (_XMLDECL +
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
           'w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
           % "".join(body)).encode()
    styles = (_XMLDECL +
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
              '<w:sz w:val="22"/><w:lang w:val="%s"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/>'
              '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="Tabellenraster"><w:name w:val="Table Grid"/></w:style>'
              '</w:styles>' % lang).encode()
    ct = (_XMLDECL +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>').encode()
    rels = (_XMLDECL +
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>').encode()
    docrels = (_XMLDECL +
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '</Relationships>').encode()
    entries = [("[Content_Types].xml", ct, when), ("_rels/.rels", rels, when),
               ("word/document.xml", doc, when), ("word/_rels/document.xml.rels", docrels, when),
               ("word/styles.xml", styles, when), ("docProps/core.xml", _core(title, author, created), when),
               ("docProps/app.xml", _app("Microsoft Office Word", company), when)]
    return zipx.build_zip(entries, made_by=0x0014)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title, author, created, when, company=""):
    """sheets: list of (name, rows) where rows are lists of str/int/float."""
    strings = []
    sidx = {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(strings)
            strings.append(s)
        return sidx[s]
    sheet_xml = []
    for name, rows in sheets:
        out = []
        for r, row in enumerate(rows):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r + 1)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, ' s="1"' if isinstance(v, float) else "", repr(v)))
                else:
                    cells.append('<c r="%s" t="s"%s><v>%d</v></c>' % (ref, ' s="2"' if r == 0 else "", si(str(v))))
            out.append('<row r="%d">%s</row>' % (r + 1, "".join(cells)))
        widths = '<cols><col min="1" max="1" width="14" customWidth="1"/><col min="2" max="2" width="46" customWidth="1"/>' \
                 '<col min="3" max="12" width="16" customWidth="1"/></cols>'
        sheet_xml.append((_XMLDECL +
                          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                          '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
                          '<sheetFormatPr defaultRowHeight="15"/>%s<sheetData>%s</sheetData>'
                          '<pageMargins left="0.7" right="0.7" top="0.78740157499999996" bottom="0.78740157499999996" header="0.3" footer="0.3"/>'
                          '</worksheet>' % (widths, "".join(out))).encode())
    sst = (_XMLDECL + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in strings))).encode()
    styles = (_XMLDECL +
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>').encode()
    wb = (_XMLDECL +
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(n), i + 1, i + 1)
                    for i, (n, _) in enumerate(sheets))).encode()
    n = len(sheets)
    wbrels = (_XMLDECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>' % ("".join(
                  '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>'
                  % (i + 1, i + 1) for i in range(n)), n + 1, n + 2)).encode()
    ct = (_XMLDECL +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '%s<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>' % "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(n))).encode()
    rels = (_XMLDECL +
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>').encode()
    entries = [("[Content_Types].xml", ct, when), ("_rels/.rels", rels, when),
               ("xl/workbook.xml", wb, when), ("xl/_rels/workbook.xml.rels", wbrels, when)]
    for i, x in enumerate(sheet_xml):
        entries.append(("xl/worksheets/sheet%d.xml" % (i + 1), x, when))
    entries += [("xl/styles.xml", styles, when), ("xl/sharedStrings.xml", sst, when),
                ("docProps/core.xml", _core(title, author, created), when),
                ("docProps/app.xml", _app("Microsoft Excel", company), when)]
    return zipx.build_zip(entries, made_by=0x0014)


def extract_text(data):
    """Text of a DOCX/XLSX built above (for verification)."""
    import io
    import re
    import zipfile
    from xml.dom import minidom
    zf = zipfile.ZipFile(io.BytesIO(data))
    if zf.testzip() is not None:
        raise ValueError("bad member CRC")
    out = []
    for n in zf.namelist():
        if n.endswith(".xml") or n.endswith(".rels"):
            minidom.parseString(zf.read(n))  # well-formed
    for n in ("word/document.xml", "xl/sharedStrings.xml"):
        if n in zf.namelist():
            x = zf.read(n).decode("utf-8")
            out += [re.sub(r"&amp;", "&", re.sub(r"&lt;", "<", re.sub(r"&gt;", ">", t)))
                    for t in re.findall(r"<w?:?t[^>]*>([^<]*)</w?:?t>", x)]
    return "\n".join(out)
