package segnatura

import (
	"crypto/x509"
	"errors"
	"fmt"

	"github.com/beevik/etree"
	dsig "github.com/russellhaering/goxmldsig"
)

// Verify checks the enveloped signature of a segnatura and that it was made with cert; it returns
// an error when the XML was altered after signing.
//
// The certificate must also be valid now: the library checks its validity period.
func Verify(xml []byte, cert *x509.Certificate) error {
	if cert == nil {
		return errors.New("no certificate to verify the segnatura against")
	}
	doc := etree.NewDocument()
	if err := doc.ReadFromBytes(xml); err != nil {
		return fmt.Errorf("the segnatura is not well-formed XML: %w", err)
	}
	for _, tok := range doc.Child {
		// A DTD can add default attributes or entities that a DTD-aware reader
		// would see but that are not covered by the signature.
		if _, ok := tok.(*etree.Directive); ok {
			return errors.New("the segnatura has a DOCTYPE, which is not allowed")
		}
	}
	root := doc.Root()
	if root == nil || root.Tag != "SegnaturaInformatica" || root.NamespaceURI() != namespace {
		return errors.New("the XML is not a SegnaturaInformatica")
	}

	ctx := dsig.NewDefaultValidationContext(&dsig.MemoryX509CertificateStore{
		Roots: []*x509.Certificate{cert},
	})
	if _, err := ctx.Validate(root); err != nil {
		return fmt.Errorf("the signature of the segnatura is not valid: %w", err)
	}
	return nil
}
