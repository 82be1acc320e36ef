package register

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"sportello/internal/kiosk"
)

// Manifest travels beside a daily register's PDF: what the conservation
// system checks it against.
type Manifest struct {
	Register  string             `json:"register"` // IPA-AOO-CODE
	Day       string             `json:"day"`
	File      string             `json:"file"`
	SHA256    string             `json:"sha256"`
	First     string             `json:"first_number,omitempty"`
	Last      string             `json:"last_number,omitempty"`
	Count     int                `json:"count"`
	Annulled  int                `json:"annulled"`
	Made      time.Time          `json:"made"`
	MadeBy    string             `json:"made_by"`
	Documents []ManifestDocument `json:"documents"`
}

// ManifestDocument is a registered document delivered with the day's register.
type ManifestDocument struct {
	Protocol string `json:"protocol"`
	File     string `json:"file"`
	SHA256   string `json:"sha256"`
}

// ManifestName is the manifest's file name beside the PDF.
func ManifestName(pdfName string) string { return strings.TrimSuffix(pdfName, ".pdf") + ".json" }

// DocumentSource returns the working copy of a registration's document;
// found is false when there is none (registered before documents were kept).
type DocumentSource func(kiosk.Registration) (data []byte, found bool, err error)

// Deliver writes the daily register into the conservation folder: the
// registered documents of the day, then the PDF, then its manifest, each
// written beside as a temporary file, synced and renamed, so that power lost
// halfway leaves no file that counts as delivered (the manifest comes last).
// A register already there is never rewritten: Deliver checks it instead.
func Deliver(folder, host string, d Daily, docs DocumentSource) (kiosk.DailyRegister, error) {
	name := FileName(d.Org.Register, d.Day)
	first, last, count := d.Range()
	out := kiosk.DailyRegister{Register: Key(d.Org.Register), Day: d.Day, File: name, Folder: folder, First: first, Last: last, Count: count, Made: d.At, MadeBy: host}
	if err := os.MkdirAll(folder, 0o750); err != nil {
		return out, folderError(folder, err)
	}
	if m, err := ReadManifest(folder, name); err == nil { // made before, not recorded: power lost after the files
		if err := Check(folder, m.File, m.SHA256); err != nil {
			return out, err
		}
		out.SHA256, out.Made, out.MadeBy = m.SHA256, m.Made, m.MadeBy
		return out, nil
	}
	m := Manifest{Register: out.Register, Day: d.Day.String(), File: name, Count: count, Annulled: len(d.Annulled), Made: d.At, MadeBy: host, Documents: []ManifestDocument{}}
	if count > 0 {
		m.First = kiosk.Protocol{Prefix: d.Org.Register.Prefix(), Year: d.Day.Year, Number: first}.String()
		m.Last = kiosk.Protocol{Prefix: d.Org.Register.Prefix(), Year: d.Day.Year, Number: last}.String()
	}
	for _, g := range d.Made {
		data, found, err := docs(g)
		if err != nil {
			return out, kiosk.Wrap(err)
		}
		if !found || g.Document == "" {
			continue
		}
		if err := writeOnce(folder, g.Document, data); err != nil {
			return out, err
		}
		m.Documents = append(m.Documents, ManifestDocument{Protocol: g.Protocol.String(), File: g.Document, SHA256: g.SHA256})
	}
	data, err := d.PDF()
	if err != nil {
		return out, kiosk.Wrap(err)
	}
	sum := sha256.Sum256(data)
	m.SHA256 = hex.EncodeToString(sum[:])
	out.SHA256 = m.SHA256
	// A register without its manifest never counted as delivered (the power
	// went between the two): it is replaced.
	if err := write(folder, name, data); err != nil {
		return out, err
	}
	manifest, _ := json.MarshalIndent(m, "", "  ")
	return out, writeOnce(folder, ManifestName(name), append(manifest, '\n'))
}

// ReadManifest reads the manifest of the daily register pdfName in folder.
func ReadManifest(folder, pdfName string) (Manifest, error) {
	var m Manifest
	b, err := os.ReadFile(filepath.Join(folder, ManifestName(pdfName)))
	if err != nil {
		return m, err
	}
	return m, json.Unmarshal(b, &m)
}

// Check reports whether the file name in folder still has the fingerprint
// it was delivered with.
func Check(folder, name, sum string) error {
	b, err := os.ReadFile(filepath.Join(folder, name))
	if err != nil {
		return kiosk.Errorf(kiosk.NotFound, "Il registro %s non è più nella cartella di conservazione %s.",
			"The register %s is no longer in the conservation folder %s.", name, folder)
	}
	got := sha256.Sum256(b)
	if hex.EncodeToString(got[:]) != sum {
		return kiosk.Errorf(kiosk.Conflict, "Il file %s non corrisponde più alla sua impronta: è stato alterato dopo la consegna.",
			"The file %s no longer matches its fingerprint: it was altered after delivery.", name)
	}
	return nil
}

// writeOnce writes name in folder through a synced temporary file; a file
// already there with the same content is left as it is, another is refused.
func writeOnce(folder, name string, data []byte) error {
	if old, err := os.ReadFile(filepath.Join(folder, name)); err == nil {
		if string(old) == string(data) {
			return nil
		}
		return kiosk.Errorf(kiosk.Conflict, "Nella cartella di conservazione c'è già un file %s diverso: non lo sovrascrivo.",
			"The conservation folder already holds a different %s: it is not overwritten.", name)
	}
	return write(folder, name, data)
}

// write puts data in folder as name through a synced temporary file renamed
// into place, so that name is never half written.
func write(folder, name string, data []byte) error {
	path := filepath.Join(folder, name)
	tmp, err := os.CreateTemp(folder, "."+name+".*.tmp")
	if err != nil {
		return folderError(folder, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return folderError(folder, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return folderError(folder, err)
	}
	if err := tmp.Close(); err != nil {
		return folderError(folder, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return folderError(folder, err)
	}
	if dir, err := os.Open(folder); err == nil {
		dir.Sync()
		dir.Close()
	}
	return nil
}

// folderError says in the clerk's words why the conservation folder failed.
func folderError(folder string, err error) error {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return &kiosk.Error{Code: kiosk.Unavailable, Err: err, Message: kiosk.T(
			fmt.Sprintf("La cartella di conservazione %s è piena: liberi spazio, poi riprovi.", folder),
			fmt.Sprintf("The conservation folder %s is full: free some space, then try again.", folder))}
	case errors.Is(err, os.ErrPermission) || errors.Is(err, syscall.EROFS):
		return &kiosk.Error{Code: kiosk.Unavailable, Err: err, Message: kiosk.T(
			fmt.Sprintf("Non posso scrivere nella cartella di conservazione %s: ne controlli i permessi.", folder),
			fmt.Sprintf("Cannot write into the conservation folder %s: check its permissions.", folder))}
	}
	return &kiosk.Error{Code: kiosk.Unavailable, Err: err, Message: kiosk.T(
		fmt.Sprintf("Non posso scrivere nella cartella di conservazione %s.", folder),
		fmt.Sprintf("Cannot write into the conservation folder %s.", folder))}
}

// CheckFolder accepts a conservation folder the kiosk can write into: it
// creates it when missing and writes and removes a probe file.
func CheckFolder(folder string) error {
	if !filepath.IsAbs(folder) {
		return kiosk.Errorf(kiosk.Invalid, "La cartella di conservazione «%s» va scritta per intero, da / (es. /mnt/conservazione).",
			"The conservation folder «%s» must be a full path, from / (e.g. /mnt/conservazione).", folder)
	}
	if err := os.MkdirAll(folder, 0o750); err != nil {
		return folderError(folder, err)
	}
	probe, err := os.CreateTemp(folder, ".sportello-prova-*")
	if err != nil {
		return folderError(folder, err)
	}
	probe.Close()
	return os.Remove(probe.Name())
}
