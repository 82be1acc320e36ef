package store_test

import (
	"bytes"
	"testing"

	"sportello/internal/content"
	"sportello/internal/kiosk"
	"sportello/internal/store/testdb"
)

func TestContentRoundTrip(t *testing.T) {
	db := testdb.Open(t)
	if has, _ := db.HasContent(); has {
		t.Fatal("a new database has content")
	}
	f := testdb.LoadDemo(t, db)
	got, err := db.Content()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := content.Encode(f.Content)
	have, _ := content.Encode(got)
	if !bytes.Equal(want, have) {
		t.Errorf("stored content differs from imported:\n%s\n---\n%s", want, have)
	}
	pdf, err := db.File(f.Content.Forms[0].File)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Errorf("form file: %v", err)
	}
	if _, err := db.File("nope.pdf"); kiosk.ErrorCode(err) != kiosk.NotFound {
		t.Errorf("missing file error = %v", err)
	}
}

func TestFailedReplaceChangesNothing(t *testing.T) {
	db, f := testdb.WithDemo(t), testdb.Demo(t)
	before, _ := db.Content()
	bad := f.Content
	bad.Services = append([]kiosk.Service{}, bad.Services...)
	bad.Services[3].Office = "no-such-office" // the store's foreign key refuses it
	bad.Organization.Name.It = "Changed"
	if err := db.ReplaceContent(bad, nil, kiosk.AuditEntry{Action: "content.import"}); err == nil {
		t.Fatal("a service of an unknown office was stored")
	}
	after, _ := db.Content()
	a, _ := content.Encode(before)
	b, _ := content.Encode(after)
	if !bytes.Equal(a, b) {
		t.Error("a failed replace changed the content")
	}
	if files, _ := db.Files(); len(files) != len(f.Files) {
		t.Errorf("files after failed replace = %d, want %d", len(files), len(f.Files))
	}
}
