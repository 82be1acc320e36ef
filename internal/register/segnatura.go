package register

import (
	"encoding/hex"
	"strings"

	"sportello/internal/kiosk"
	"sportello/internal/segnatura"
)

// Segnatura is the SegnaturaInformatica message of a registration, to
// forward it to another administration (AgID, Allegato 6).
func Segnatura(org kiosk.Organization, g kiosk.Registration, office string) (segnatura.Message, error) {
	if g.Class.Code == "" {
		return segnatura.Message{}, kiosk.Errorf(kiosk.Invalid,
			"La registrazione %s non ha una classe del titolario: la indichi nel file dei contenuti (organization.register.class o request_kinds[].class).",
			"The registration %s has no class of the titolario: set it in the content file (organization.register.class or request_kinds[].class).", g.Protocol)
	}
	var sum [32]byte
	if b, err := hex.DecodeString(g.SHA256); err != nil || len(b) != 32 {
		return segnatura.Message{}, kiosk.Errorf(kiosk.Invalid, "La registrazione %s non ha l'impronta del documento.",
			"The registration %s has no fingerprint of its document.", g.Protocol)
	} else {
		copy(sum[:], b)
	}
	us := segnatura.Party{Administration: &segnatura.Administration{Name: org.Name.It, IPA: g.Register.IPA, AOO: g.Register.AOO, Office: office}}
	them := segnatura.Party{Person: person(g.Sender)}
	sender, recipient := them, us
	if g.Direction == kiosk.Outgoing {
		sender, recipient = us, segnatura.Party{Person: person(g.Recipient)}
	}
	m := segnatura.Message{
		ID: segnatura.Identifier{Administration: g.Register.IPA, AOO: g.Register.AOO, Register: g.Register.Code,
			Number: g.Protocol.Number, At: g.At},
		Subject: g.Subject, ClassCode: g.Class.Code, ClassName: g.Class.Name,
		Sender: sender, Recipients: []segnatura.Party{recipient},
		Primary: segnatura.Document{FileName: g.Document, MimeType: "application/pdf", Description: g.Subject, SHA256: sum},
	}
	return m, nil
}

// person splits a name as given into first name and surname: the last word
// is the surname; "anonimo" stands for both when no name was given.
func person(name string) *segnatura.Person {
	words := strings.Fields(name)
	switch len(words) {
	case 0:
		return &segnatura.Person{Name: kiosk.Anonymous, Surname: kiosk.Anonymous}
	case 1:
		return &segnatura.Person{Name: words[0], Surname: words[0]}
	}
	return &segnatura.Person{Name: strings.Join(words[:len(words)-1], " "), Surname: words[len(words)-1]}
}
