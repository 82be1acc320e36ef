package accessreg

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
)

// odsType is the media type an OpenDocument spreadsheet declares.
const odsType = "application/vnd.oasis.opendocument.spreadsheet"

const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="` + odsType + `"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
`

const contentHead = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Registro degli accessi">
`

const contentTail = `</table:table></office:spreadsheet></office:body></office:document-content>
`

// ODS writes the register as an OpenDocument spreadsheet (ISO/IEC 26300):
// the mimetype first and stored, a manifest, and one table of text cells.
func ODS(g Register) ([]byte, error) {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	mt, err := z.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	if err != nil {
		return nil, err
	}
	io.WriteString(mt, odsType)
	for _, f := range []struct{ name, body string }{{"META-INF/manifest.xml", manifest}, {"content.xml", content(g)}} {
		w, err := z.Create(f.name)
		if err != nil {
			return nil, err
		}
		if _, err := io.WriteString(w, f.body); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// content is the spreadsheet's content.xml: the headings, then a row a request.
func content(g Register) string {
	var s strings.Builder
	s.WriteString(contentHead)
	row := func(cells []string) {
		s.WriteString("<table:table-row>")
		for _, c := range cells {
			s.WriteString(`<table:table-cell office:value-type="string"><text:p>`)
			xml.EscapeText(&s, []byte(c))
			s.WriteString("</text:p></table:table-cell>")
		}
		s.WriteString("</table:table-row>\n")
	}
	row(Columns)
	for _, r := range g.Rows {
		row(r.Cells())
	}
	s.WriteString(contentTail)
	return s.String()
}
