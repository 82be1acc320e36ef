package segnatura

import (
	"encoding/base64"
	"fmt"
	"sync"
	"time"
	_ "time/tzdata" // Europe/Rome on machines without a zoneinfo database

	"github.com/beevik/etree"
)

const (
	namespace = "http://www.agid.gov.it/protocollo/"
	// The schema says attributeFormDefault="qualified", so every attribute it declares
	// lives in the target namespace and needs a prefix: an unprefixed attribute is in
	// no namespace at all and fails validation. Elements use the default namespace.
	prefix = "prot"
)

// The registration is an Italian legal act, dated by the Italian clock whatever
// the time zone of the machine that writes it.
var rome = sync.OnceValues(func() (*time.Location, error) {
	return time.LoadLocation("Europe/Rome")
})

// build returns the unsigned SegnaturaInformatica of a validated message.
func build(m Message) (*etree.Document, error) {
	loc, err := rome()
	if err != nil {
		return nil, fmt.Errorf("loading the Europe/Rome time zone: %w", err)
	}
	doc := etree.NewDocument()
	doc.CreateProcInst("xml", `version="1.0" encoding="UTF-8"`)
	root := doc.CreateElement("SegnaturaInformatica")
	root.CreateAttr("xmlns", namespace)
	root.CreateAttr("xmlns:"+prefix, namespace)
	setAttr(root, "versione", "3.0.0")
	setAttr(root, "lang", "it")

	head := root.CreateElement("Intestazione")
	addIdentifier(head, "Identificatore", m.ID, loc)
	if m.First != nil {
		addIdentifier(head, "PrimaRegistrazione", *m.First, loc)
	}
	addText(head, "Oggetto", m.Subject)
	class := head.CreateElement("Classifica")
	addText(class, "Denominazione", m.ClassName)
	addText(class, "CodiceFlat", m.ClassCode)

	desc := root.CreateElement("Descrizione")
	addParty(desc.CreateElement("Mittente"), m.Sender)
	for _, r := range m.Recipients {
		addParty(desc.CreateElement("Destinatario"), r)
	}
	addDocument(desc.CreateElement("DocumentoPrimario"), m.Primary)
	return doc, nil
}

func addIdentifier(parent *etree.Element, tag string, id Identifier, loc *time.Location) {
	el := parent.CreateElement(tag)
	addText(el, "CodiceAmministrazione", id.Administration)
	addText(el, "CodiceAOO", id.AOO)
	addText(el, "CodiceRegistro", id.Register)
	addText(el, "NumeroRegistrazione", fmt.Sprintf("%07d", id.Number))
	at := id.At.In(loc)
	addText(el, "DataRegistrazione", at.Format(time.DateOnly))
	addText(el, "OraRegistrazione", at.Format(time.TimeOnly))
}

func addParty(el *etree.Element, p Party) {
	if a := p.Administration; a != nil {
		adm := el.CreateElement("Amministrazione")
		addText(adm, "DenominazioneAmministrazione", a.Name)
		addText(adm, "CodiceIPAAmministrazione", a.IPA)
		if a.AOO != "" {
			addText(adm, "CodiceIPAAOO", a.AOO)
		}
		if a.OfficeIPA != "" {
			uo := addText(adm, "CodiceIPAUO", a.OfficeIPA)
			if a.Office != "" {
				setAttr(uo, "descrizione", a.Office)
			}
		}
		return
	}
	addPerson(el.CreateElement("PersonaFisica"), *p.Person)
}

func addPerson(el *etree.Element, p Person) {
	addText(el, "Nome", p.Name)
	addText(el, "Cognome", p.Surname)
	if p.Email == "" && p.Phone == "" {
		return // an empty Contatti says nothing
	}
	contacts := el.CreateElement("Contatti")
	if p.Email != "" {
		setAttr(addText(contacts, "IndirizzoTelematico", p.Email), "tipo", "smtp")
	}
	if p.Phone != "" {
		addText(contacts, "Telefono", p.Phone)
	}
}

func addDocument(el *etree.Element, d Document) {
	setAttr(el, "nomeFile", d.FileName)
	setAttr(el, "mimeType", d.MimeType)
	if d.Description != "" {
		addText(el, "Descrizione", d.Description)
	}
	imp := addText(el, "Impronta", base64.StdEncoding.EncodeToString(d.SHA256[:]))
	setAttr(imp, "algoritmo", "SHA-256")
}

func addText(parent *etree.Element, tag, text string) *etree.Element {
	el := parent.CreateElement(tag)
	el.SetText(text)
	return el
}

func setAttr(el *etree.Element, name, value string) {
	el.CreateAttr(prefix+":"+name, value)
}
