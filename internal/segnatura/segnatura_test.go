package segnatura

import (
	"bytes"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/beevik/etree"

	"sportello/internal/testenv"
)

// RSA-3072 keys take a while to make: the tests share two seals.
var (
	demoSeal  = sync.OnceValues(func() (Seal, error) { return tempSeal("Comune di Demo - sigillo") })
	otherSeal = sync.OnceValues(func() (Seal, error) { return tempSeal("Altro ente - sigillo") })
)

func tempSeal(commonName string) (Seal, error) {
	dir, err := os.MkdirTemp("", "segnatura-seal-")
	if err != nil {
		return Seal{}, err
	}
	defer os.RemoveAll(dir)
	return LoadOrCreateSeal(dir, commonName, "Comune di Demo", time.Now())
}

func seal(t *testing.T, get func() (Seal, error)) Seal {
	t.Helper()
	s, err := get()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var pdfDigest = sha256.Sum256([]byte("%PDF-1.7 richiesta di accesso"))

// fullMessage is a citizen's request registered by the AOO; at 23:30 UTC it is
// already the next day in Rome, which the segnatura must show.
func fullMessage() Message {
	return Message{
		ID: Identifier{
			Administration: "p_demo", AOO: "AOO_URP", Register: "PROT_GEN", Number: 42,
			At: time.Date(2024, 3, 5, 23, 30, 15, 0, time.UTC),
		},
		First: &Identifier{
			Administration: "p_demo", AOO: "AOO_URP", Register: "EMERG.2024", Number: 7,
			At: time.Date(2024, 3, 5, 18, 5, 0, 0, time.UTC),
		},
		Subject:   "Richiesta di accesso agli atti",
		ClassCode: "1.5",
		ClassName: "Rapporti con i cittadini",
		Sender: Party{Person: &Person{
			Name: "Mario", Surname: "Rossi", Email: "mario.rossi@example.it", Phone: "+39 06 1234567",
		}},
		Recipients: []Party{{Administration: &Administration{
			Name: "Comune di Demo", IPA: "p_demo", AOO: "AOO_URP",
			Office: "Ufficio Relazioni con il Pubblico", OfficeIPA: "UO_URP",
		}}},
		Primary: Document{
			FileName: "richiesta.pdf", MimeType: "application/pdf",
			Description: "Richiesta firmata", SHA256: pdfDigest,
		},
	}
}

// replyMessage is the administration answering the citizen.
func replyMessage() Message {
	m := fullMessage()
	m.First = nil
	m.ID.Number = 1234567
	m.Subject = "Risposta alla richiesta di accesso"
	m.Sender = Party{Administration: &Administration{Name: "Comune di Demo", IPA: "p_demo"}}
	m.Recipients = []Party{
		{Person: &Person{Name: "Mario", Surname: "Rossi"}},
		{Administration: &Administration{Name: "Prefettura", IPA: "p_pref", OfficeIPA: "UO_1"}},
	}
	m.Primary.Description = ""
	return m
}

func TestWriteValidatesAgainstSchema(t *testing.T) {
	s := seal(t, demoSeal)
	awkward := fullMessage()
	awkward.Subject = "Line one\r\nline two <&> \"quoted\" 'single'\t\x01"
	awkward.Primary.FileName = "a\tb\nc.pdf"

	tests := []struct {
		name string
		m    Message
		want []string
	}{
		{"person sender, administration recipient", fullMessage(), []string{
			`<NumeroRegistrazione>0000042</NumeroRegistrazione>`,
			`<NumeroRegistrazione>0000007</NumeroRegistrazione>`,
			`<DataRegistrazione>2024-03-06</DataRegistrazione>`,
			`<OraRegistrazione>00:30:15</OraRegistrazione>`,
			`<OraRegistrazione>19:05:00</OraRegistrazione>`,
			`<IndirizzoTelematico prot:tipo="smtp">mario.rossi@example.it</IndirizzoTelematico>`,
			`<CodiceIPAUO prot:descrizione="Ufficio Relazioni con il Pubblico">UO_URP</CodiceIPAUO>`,
			`<Impronta prot:algoritmo="SHA-256">` + base64.StdEncoding.EncodeToString(pdfDigest[:]) + `</Impronta>`,
		}},
		{"administration sender, person recipient", replyMessage(), []string{
			`<NumeroRegistrazione>1234567</NumeroRegistrazione>`,
			`<CodiceIPAUO>UO_1</CodiceIPAUO>`,
		}},
		{"line ends, markup and control characters", awkward, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := Write(tc.m, s)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !bytes.Contains(out, []byte(w)) {
					t.Errorf("output lacks %s\n%s", w, out)
				}
			}
			checkSignatureIsLast(t, out)
			if err := Verify(out, s.Certificate); err != nil {
				t.Errorf("Verify: %v", err)
			}
			xmllint(t, out)
		})
	}
}

// attributeFormDefault="qualified" is easy to miss: make sure xmllint really
// refuses an unqualified attribute, so that the schema checks are not vacuous.
func TestSchemaNeedsQualifiedAttributes(t *testing.T) {
	out, err := Write(fullMessage(), seal(t, demoSeal))
	if err != nil {
		t.Fatal(err)
	}
	unqualified := bytes.Replace(out, []byte(` prot:versione=`), []byte(` versione=`), 1)
	if bytes.Equal(unqualified, out) {
		t.Fatal("no prot:versione in output")
	}
	if err := runXmllint(t, unqualified); err == nil {
		t.Error("xmllint accepts an unqualified versione attribute")
	}
}

func checkSignatureIsLast(t *testing.T, out []byte) {
	t.Helper()
	doc := etree.NewDocument()
	if err := doc.ReadFromBytes(out); err != nil {
		t.Fatal(err)
	}
	children := doc.Root().ChildElements()
	last := children[len(children)-1]
	if last.Tag != "Signature" || last.NamespaceURI() != "http://www.w3.org/2000/09/xmldsig#" {
		t.Errorf("last child of the root is %s:%s, want ds:Signature", last.NamespaceURI(), last.Tag)
	}
	checks := []struct{ path, attr, want string }{
		{"./SignedInfo/CanonicalizationMethod", "Algorithm", "http://www.w3.org/2001/10/xml-exc-c14n#"},
		{"./SignedInfo/SignatureMethod", "Algorithm", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"},
		{"./SignedInfo/Reference", "URI", ""}, // the whole document
	}
	for _, c := range checks {
		el := last.FindElement(c.path)
		if el == nil {
			t.Errorf("signature lacks %s", c.path)
			continue
		}
		if got := el.SelectAttrValue(c.attr, "(none)"); got != c.want {
			t.Errorf("%s/@%s = %q, want %q", c.path, c.attr, got, c.want)
		}
	}
	if last.FindElement("./KeyInfo/X509Data/X509Certificate") == nil {
		t.Error("signature lacks the certificate in KeyInfo/X509Data")
	}
}

// xmllint validates doc against AgID's schema. Without xmllint the test skips,
// except under CI, which must never pass without having validated.
func xmllint(t *testing.T, doc []byte) {
	t.Helper()
	if err := runXmllint(t, doc); err != nil {
		t.Fatalf("xmllint rejects the segnatura: %v\n%s", err, doc)
	}
}

func runXmllint(t *testing.T, doc []byte) error {
	t.Helper()
	bin, err := exec.LookPath("xmllint")
	if err != nil {
		testenv.Need(t, false, "xmllint is missing: install libxml2-utils to validate against the schema")
	}
	file := filepath.Join(t.TempDir(), "segnatura.xml")
	if err := os.WriteFile(file, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--nonet", "--noout", "--schema", filepath.Join("testdata", "segnatura_protocollo.xsd"), file)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%w: %s", err, out)
	}
	return nil
}

func TestVerify(t *testing.T) {
	s := seal(t, demoSeal)
	other := seal(t, otherSeal)
	out, err := Write(fullMessage(), s)
	if err != nil {
		t.Fatal(err)
	}
	replace := func(old, new string) []byte {
		t.Helper()
		if !bytes.Contains(out, []byte(old)) {
			t.Fatalf("output lacks %s", old)
		}
		return bytes.Replace(out, []byte(old), []byte(new), 1)
	}
	byOther, err := Write(fullMessage(), other)
	if err != nil {
		t.Fatal(err)
	}
	// Someone with another key who passes off our certificate as theirs.
	forged := bytes.Replace(byOther,
		[]byte(base64.StdEncoding.EncodeToString(other.Certificate.Raw)),
		[]byte(base64.StdEncoding.EncodeToString(s.Certificate.Raw)), 1)
	if bytes.Equal(forged, byOther) {
		t.Fatal("certificate not found in KeyInfo")
	}
	start := bytes.Index(out, []byte("<ds:Signature"))
	end := bytes.Index(out, []byte("</ds:Signature>")) + len("</ds:Signature>")
	unsigned := append(bytes.Clone(out[:start]), out[end:]...)

	tests := []struct {
		name    string
		xml     []byte
		cert    *x509.Certificate
		wantErr bool
	}{
		{"as written", out, s.Certificate, false},
		{"Oggetto changed", replace("<Oggetto>Richiesta di accesso agli atti</Oggetto>", "<Oggetto>Richiesta di rimborso</Oggetto>"), s.Certificate, true},
		{"digest of the document changed", replace(base64.StdEncoding.EncodeToString(pdfDigest[:]), base64.StdEncoding.EncodeToString(make([]byte, 32))), s.Certificate, true},
		{"checked against another certificate", out, other.Certificate, true},
		{"signed by another seal", byOther, s.Certificate, true},
		{"signed by another seal with our certificate in KeyInfo", forged, s.Certificate, true},
		{"signature removed", unsigned, s.Certificate, true},
		{"DOCTYPE added", replace("<SegnaturaInformatica", "<!DOCTYPE SegnaturaInformatica []>\n<SegnaturaInformatica"), s.Certificate, true},
		{"not XML", []byte("not xml"), s.Certificate, true},
		{"no certificate", out, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := Verify(tc.xml, tc.cert)
			t.Logf("Verify: %v", err)
			if (err != nil) != tc.wantErr {
				t.Errorf("Verify() error = %v, want error %v", err, tc.wantErr)
			}
		})
	}
}

func TestWriteRefusesInvalidMessages(t *testing.T) {
	s := seal(t, demoSeal)
	tests := []struct {
		name   string
		change func(*Message)
		want   string
	}{
		{"empty register code", func(m *Message) { m.ID.Register = "" }, "register code"},
		{"register code with a space", func(m *Message) { m.ID.Register = "PROT GEN" }, "register code"},
		{"register code of 17 characters", func(m *Message) { m.ID.Register = strings.Repeat("A", 17) }, "register code"},
		{"number zero", func(m *Message) { m.ID.Number = 0 }, "not positive"},
		{"negative number", func(m *Message) { m.ID.Number = -3 }, "not positive"},
		{"empty administration", func(m *Message) { m.ID.Administration = "" }, "administration IPA code"},
		{"empty AOO", func(m *Message) { m.ID.AOO = "" }, "AOO IPA code"},
		{"no registration time", func(m *Message) { m.ID.At = time.Time{} }, "registration time"},
		{"invalid first registration", func(m *Message) { m.First.Register = "bad/code" }, "first registration"},
		{"empty subject", func(m *Message) { m.Subject = "" }, "subject"},
		{"empty class code", func(m *Message) { m.ClassCode = "" }, "classification code"},
		{"no recipients", func(m *Message) { m.Recipients = nil }, "no recipients"},
		{"sender with neither", func(m *Message) { m.Sender = Party{} }, "sender: neither"},
		{"sender with both", func(m *Message) {
			m.Sender.Administration = &Administration{Name: "Comune di Demo", IPA: "p_demo"}
		}, "sender: both"},
		{"second recipient with neither", func(m *Message) { m.Recipients = append(m.Recipients, Party{}) }, "recipient 2: neither"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := fullMessage()
			tc.change(&m)
			_, err := Write(m, s)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Write() error = %v, want one mentioning %q", err, tc.want)
			}
		})
	}
}

func TestWriteRefusesMismatchedSeal(t *testing.T) {
	s, other := seal(t, demoSeal), seal(t, otherSeal)
	if _, err := Write(fullMessage(), Seal{Key: s.Key, Certificate: other.Certificate}); err == nil {
		t.Error("Write signs with a key that does not match the certificate")
	}
}

func TestLoadOrCreateSeal(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	first, err := LoadOrCreateSeal(dir, "Comune di Demo - sigillo", "Comune di Demo", now)
	if err != nil {
		t.Fatal(err)
	}
	cert := first.Certificate
	if cert.Subject.CommonName != "Comune di Demo - sigillo" || len(cert.Subject.Organization) != 1 || cert.Subject.Organization[0] != "Comune di Demo" {
		t.Errorf("subject = %v", cert.Subject)
	}
	if want := now.AddDate(10, 0, 0); cert.NotAfter.Sub(want).Abs() > time.Second {
		t.Errorf("NotAfter = %v, want %v", cert.NotAfter, want)
	}
	if runtime.GOOS != "windows" {
		for name, want := range map[string]os.FileMode{keyFile: 0o600, certFile: 0o644} {
			info, err := os.Stat(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if info.Mode().Perm() != want {
				t.Errorf("%s mode = %v, want %v", name, info.Mode().Perm(), want)
			}
		}
	}

	second, err := LoadOrCreateSeal(dir, "ignored", "ignored", now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !second.Certificate.Equal(cert) {
		t.Error("second call returned a different certificate")
	}
	out, err := Write(fullMessage(), second)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(out, cert); err != nil {
		t.Errorf("a segnatura sealed with the reloaded key does not verify: %v", err)
	}

	certPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Raw})
	keyPEM, err := os.ReadFile(filepath.Join(dir, keyFile))
	if err != nil {
		t.Fatal(err)
	}
	otherPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: seal(t, otherSeal).Certificate.Raw})
	tests := []struct {
		name  string
		files map[string][]byte
		want  string
	}{
		{"certificate missing", map[string][]byte{keyFile: keyPEM}, certFile + " is missing"},
		{"key missing", map[string][]byte{certFile: certPEM}, keyFile + " is missing"},
		{"key of another certificate", map[string][]byte{keyFile: keyPEM, certFile: otherPEM}, "does not match"},
		{"certificate not PEM", map[string][]byte{keyFile: keyPEM, certFile: []byte("garbage")}, "no PEM data"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			_, err := LoadOrCreateSeal(dir, "x", "y", now)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want one mentioning %q", err, tc.want)
			}
			// The error must not be "fixed" by making a new seal next to the old file.
			for _, name := range []string{keyFile, certFile} {
				if _, statErr := os.Stat(filepath.Join(dir, name)); tc.files[name] == nil && statErr == nil {
					t.Errorf("%s was written", name)
				}
			}
		})
	}
}
