package relay

import "sportello/internal/kiosk"

// Content is the content as a kiosk with a central database sees it: read
// from the kiosk's own copy, changed on the central database (an edit in
// staff mode at the kiosk), and on the copy at once.
type Content struct{ *Relay }

// Content returns the kiosk's copy.
func (c Content) Content() (kiosk.Content, error) { return c.Local.Content() }

// File returns a file of the kiosk's copy.
func (c Content) File(path string) ([]byte, error) { return c.Local.File(path) }

// Files returns the files of the kiosk's copy.
func (c Content) Files() (map[string][]byte, error) { return c.Local.Files() }

// HasContent reports whether the kiosk has a copy.
func (c Content) HasContent() (bool, error) { return c.Local.HasContent() }

// ReplaceContent changes the central content, with its audit entry there,
// then the kiosk's copy; it fails, changing nothing, while the central
// database does not answer.
func (c Content) ReplaceContent(next kiosk.Content, files map[string][]byte, change kiosk.AuditEntry) error {
	if err := c.bulk(func(central Central) error { return central.ReplaceContent(next, files, change) }); err != nil {
		return err
	}
	change.Action = "content.sync"
	return c.Local.ReplaceContent(next, files, change)
}
