package web

import (
	"fmt"
	"sync"
	"time"

	"sportello/internal/kiosk"
)

// ContentStore is where the content and the record of its changes are read.
type ContentStore interface {
	Content() (kiosk.Content, error)
	LastContentChange() (kiosk.AuditEntry, bool, error)
}

// ContentCache reads the content once, and again only when it changed:
// at most every Every it asks the cheap question, the last change in the
// audit log, instead of reading the whole content on every request.
type ContentCache struct {
	Store ContentStore
	Every time.Duration
	Now   func() time.Time

	mu      sync.Mutex
	content kiosk.Content
	mark    string // the change the content was read after; "" before the first read
	checked time.Time
}

// Content returns the content as of at most Every ago.
func (c *ContentCache) Content() (kiosk.Content, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.Now()
	if c.mark != "" && now.Sub(c.checked) < c.Every {
		return c.content, nil
	}
	last, _, err := c.Store.LastContentChange()
	if err != nil {
		return kiosk.Content{}, err
	}
	mark := fmt.Sprintf("%s|%s|%s|%s", last.At.UTC().Format(time.RFC3339Nano), last.Who, last.Action, last.Target)
	if mark != c.mark {
		content, err := c.Store.Content()
		if err != nil {
			return kiosk.Content{}, err
		}
		c.content, c.mark = content, mark
	}
	c.checked = now
	return c.content, nil
}
