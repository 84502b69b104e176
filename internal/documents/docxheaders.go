package documents

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"path"
	"strings"
)

// A header or footer holding placeholders is copied for each letter but
// the first, which gets the template's own: a new part with the header's
// relationships (its images), a relationship in document.xml.rels and a
// content type, and each letter's sections point at its copy.

// partName is the zip name of a part that document.xml.rels targets.
func partName(target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return path.Clean(path.Join("word", target))
}

// copyPart plans a copy of the header or footer p for every record but
// the first, which gets the template's part itself.
func (m *docxMerge) copyPart(p *docxPart, rel docxRel, n int) {
	dir, base := path.Split(p.name)
	stem := strings.TrimSuffix(base, ".xml")
	var newRels, newTypes strings.Builder
	contentType := m.overrideType("/" + p.name)
	for k := 1; k < n; k++ {
		name := fmt.Sprintf("%s%s-%d.xml", dir, stem, k+1)
		for i := 2; m.used[strings.ToLower(name)]; i++ {
			name = fmt.Sprintf("%s%s-%d-%d.xml", dir, stem, k+1, i)
		}
		id := fmt.Sprintf("%sL%d", rel.ID, k+1)
		for i := 2; m.used["#"+id]; i++ {
			id = fmt.Sprintf("%sL%d-%d", rel.ID, k+1, i)
		}
		m.used[strings.ToLower(name)], m.used["#"+id] = true, true
		c := docxPartCopy{of: p, name: name, relID: id, record: k}
		m.copies = append(m.copies, c)
		if m.refs[k] == nil {
			m.refs[k] = map[string]string{}
		}
		m.refs[k][rel.ID] = id
		target := path.Join(path.Dir(rel.Target), path.Base(name))
		fmt.Fprintf(&newRels, `<Relationship Id="%s" Type="%s" Target="%s"/>`, xmlEscapeAttr(id), xmlEscapeAttr(rel.Type), xmlEscapeAttr(target))
		fmt.Fprintf(&newTypes, `<Override PartName="/%s" ContentType="%s"/>`, xmlEscapeAttr(name), xmlEscapeAttr(contentType))
	}
	m.rels = insertBefore(m.rels, "</Relationships>", newRels.String())
	m.types = insertBefore(m.types, "</Types>", newTypes.String())
}

// overrideType is the content type [Content_Types].xml gives the part.
func (m *docxMerge) overrideType(partName string) string {
	var doc struct {
		Overrides []struct {
			PartName    string `xml:"PartName,attr"`
			ContentType string `xml:"ContentType,attr"`
		} `xml:"Override"`
	}
	_ = xml.Unmarshal(m.types, &doc)
	for _, o := range doc.Overrides {
		if strings.EqualFold(o.PartName, partName) {
			return o.ContentType
		}
	}
	if strings.Contains(partName, "footer") {
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
	}
	return "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
}

func insertBefore(b []byte, closer, s string) []byte {
	i := bytes.LastIndex(b, []byte(closer))
	if i < 0 || s == "" {
		return b
	}
	return joinBytes(b[:i], []byte(s), b[i:])
}

// copyRels gives a header's copy the header's relationships (its images).
func (m *docxMerge) copyRels(zw *zip.Writer, c docxPartCopy) error {
	dir, base := path.Split(c.of.name)
	f := m.t.files[dir+"_rels/"+base+".rels"]
	if f == nil {
		return nil
	}
	raw, err := m.t.read(f.Name)
	if err != nil {
		return err
	}
	ndir, nbase := path.Split(c.name)
	return m.writeEntry(zw, ndir+"_rels/"+nbase+".rels", bytesWriter(raw))
}
