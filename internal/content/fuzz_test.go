package content

import (
	"io/fs"
	"testing"

	"sportello/assets"
)

// Whatever a content file holds, the decoder answers with content or with
// problems, each with a message in both languages, never a panic.
func FuzzParse(f *testing.F) {
	demo, _ := fs.ReadFile(assets.Demo, assets.DemoFile)
	f.Add(demo)
	f.Add([]byte(base))
	f.Add([]byte("organization: [1, 2"))
	f.Add([]byte("offices:\n  - id: a\n    hours: {mon: [25:00-26:00]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, problems := Parse(data, func(string) bool { return true })
		for _, p := range problems {
			if p.Message.It == "" || p.Message.En == "" {
				t.Fatalf("a problem with no message: %+v", p)
			}
		}
	})
}
