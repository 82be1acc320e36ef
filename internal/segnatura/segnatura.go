// Package segnatura writes and verifies the signed "SegnaturaInformatica" XML of AgID's
// Allegato 6 (Linee guida sulla formazione, gestione e conservazione dei documenti
// informatici, version 3.0.0): the protocol stamp that travels with a protocolled document
// from one AOO to another, so that the receiver can register it without retyping anything
// and can tell that nobody changed it on the way.
package segnatura

import (
	"crypto"
	"crypto/rsa"
	"crypto/x509"
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/beevik/etree"
	dsig "github.com/russellhaering/goxmldsig"
)

// Identifier identifies one registration (art. 55 DPR 445/2000).
type Identifier struct {
	Administration string    // IPA code of the administration, e.g. "p_demo"
	AOO            string    // IPA code of the AOO, e.g. "AOO_URP"
	Register       string    // CodiceRegistro, [A-Za-z0-9_.-]{1,16}
	Number         int       // written with at least 7 digits
	At             time.Time // date and time of registration; written in Europe/Rome as xs:date and xs:time
}

// Administration is an Italian public administration as a correspondent, named by its
// codes in the IPA index so that the receiver can route the message without guessing.
type Administration struct {
	Name      string // DenominazioneAmministrazione
	IPA       string // CodiceIPAAmministrazione
	AOO       string // CodiceIPAAOO, optional
	Office    string // description of the UO (written as the descrizione attribute of CodiceIPAUO only if OfficeIPA set)
	OfficeIPA string // optional
}

// Person is a natural person as a correspondent, e.g. a citizen who filed a request.
type Person struct {
	Name, Surname string
	Email         string // optional, written as IndirizzoTelematico tipo="smtp"
	Phone         string // optional
}

// Party is a correspondent (sender or recipient): exactly one of the two is set.
type Party struct {
	Administration *Administration
	Person         *Person
}

// Document is the primary document of the message; the segnatura carries its digest so
// that the receiver can check it got the very file that was registered.
type Document struct {
	FileName    string
	MimeType    string // "application/pdf"
	Description string // optional
	SHA256      [32]byte
}

// Message is what a segnatura describes: one registration and the document it covers.
type Message struct {
	ID         Identifier
	First      *Identifier // PrimaRegistrazione: optional, e.g. the emergency-register identifier; omit when nil
	Subject    string      // Oggetto
	ClassCode  string      // Classifica/CodiceFlat, e.g. "1.5"
	ClassName  string      // Classifica/Denominazione
	Sender     Party
	Recipients []Party // at least one
	Primary    Document
}

// Seal is the administration's key and certificate that sign the segnatura.
// Key is a crypto.Signer rather than an *rsa.PrivateKey so that a seal kept in a
// smart card or HSM can be used too; it must be an RSA key matching Certificate.
type Seal struct {
	Key         crypto.Signer
	Certificate *x509.Certificate
}

// Write returns the SegnaturaInformatica of m, signed with an enveloped XML signature (ds:Signature
// as the last child of the root, as the schema's sequence requires), with the certificate in KeyInfo/X509Data.
func Write(m Message, seal Seal) ([]byte, error) {
	if err := m.validate(); err != nil {
		return nil, err
	}
	if err := seal.check(); err != nil {
		return nil, err
	}
	doc, err := build(m)
	if err != nil {
		return nil, err
	}
	doc.Indent(2)

	// Sign the tree as a reader will parse it back, not the one just built: parsing
	// normalises line ends and attribute whitespace, and signing the unnormalised tree
	// would give a signature that no reader can verify (e.g. a subject with "\r\n").
	raw, err := doc.WriteToBytes()
	if err != nil {
		return nil, err
	}
	doc = etree.NewDocument()
	if err := doc.ReadFromBytes(raw); err != nil {
		return nil, err
	}

	ctx, err := dsig.NewSigningContext(seal.Key, [][]byte{seal.Certificate.Raw})
	if err != nil {
		return nil, err
	}
	ctx.Canonicalizer = dsig.MakeC14N10ExclusiveCanonicalizerWithPrefixList("")
	if err := ctx.SetSignatureMethod(dsig.RSASHA256SignatureMethod); err != nil {
		return nil, err
	}
	// The root has no Id attribute, so the reference URI is "": the whole document.
	signed, err := ctx.SignEnveloped(doc.Root())
	if err != nil {
		return nil, fmt.Errorf("signing the segnatura: %w", err)
	}
	doc.SetRoot(signed)
	return doc.WriteToBytes()
}

func (s Seal) check() error {
	if s.Key == nil || s.Certificate == nil {
		return errors.New("the seal needs both a key and a certificate")
	}
	pub, ok := s.Key.Public().(*rsa.PublicKey)
	if !ok {
		return errors.New("the seal key is not an RSA key (the segnatura is signed with RSA-SHA256)")
	}
	if !pub.Equal(s.Certificate.PublicKey) {
		return errors.New("the seal key does not match the seal certificate")
	}
	return nil
}

var registerCode = regexp.MustCompile(`^[A-Za-z0-9_.-]{1,16}$`)

func (m Message) validate() error {
	if err := m.ID.validate(); err != nil {
		return fmt.Errorf("identifier: %w", err)
	}
	if m.First != nil {
		if err := m.First.validate(); err != nil {
			return fmt.Errorf("first registration: %w", err)
		}
	}
	if m.Subject == "" {
		return errors.New("the subject (Oggetto) is empty")
	}
	if m.ClassCode == "" {
		return errors.New("the classification code is empty")
	}
	if err := m.Sender.validate(); err != nil {
		return fmt.Errorf("sender: %w", err)
	}
	if len(m.Recipients) == 0 {
		return errors.New("there are no recipients")
	}
	for i, r := range m.Recipients {
		if err := r.validate(); err != nil {
			return fmt.Errorf("recipient %d: %w", i+1, err)
		}
	}
	return nil
}

func (id Identifier) validate() error {
	switch {
	case id.Administration == "":
		return errors.New("the administration IPA code is empty")
	case id.AOO == "":
		return errors.New("the AOO IPA code is empty")
	case !registerCode.MatchString(id.Register):
		return fmt.Errorf("register code %q does not match [A-Za-z0-9_.-]{1,16}", id.Register)
	case id.Number < 1:
		return fmt.Errorf("registration number %d is not positive", id.Number)
	case id.At.IsZero():
		return errors.New("the registration time is not set")
	}
	return nil
}

func (p Party) validate() error {
	switch {
	case p.Administration == nil && p.Person == nil:
		return errors.New("neither an administration nor a person is set")
	case p.Administration != nil && p.Person != nil:
		return errors.New("both an administration and a person are set")
	}
	return nil
}
