package cli

import (
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"sportello/assets"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
	"sportello/internal/requests"
	"sportello/internal/web"
)

// serve answers phones: the status page a ticket's QR opens, the place of
// a queue ticket (/coda/TOKEN), and Open311.
func (r *run) serve(args []string) error {
	fs := r.flags("serve")
	addr := fs.String("addr", ":8080", r.say("indirizzo e porta su cui ascoltare", "address and port to listen on"))
	lookups := fs.Int("lookups", 10, r.say("ricerche di stato al minuto per ogni cliente", "status lookups a minute for each client"))
	proxies := fs.String("trusted-proxy", "", r.say("CIDR dei proxy dell'ufficio di cui credere X-Forwarded-For, separati da virgole",
		"CIDRs of the office's proxies whose X-Forwarded-For is believed, comma-separated"))
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 || *lookups < 1 {
		return r.badUsage("uso: sportello serve [--addr :8080] [--lookups 10] [--trusted-proxy CIDR,...]",
			"usage: sportello serve [--addr :8080] [--lookups 10] [--trusted-proxy CIDR,...]")
	}
	trusted, err := web.ParseProxies(*proxies)
	if err != nil {
		return kiosk.Errorf(kiosk.Invalid, "--trusted-proxy vuole indirizzi o CIDR separati da virgole, es. 10.0.0.5,192.168.1.0/24: %v",
			"--trusted-proxy takes addresses or CIDRs separated by commas, e.g. 10.0.0.5,192.168.1.0/24: %v", err)
	}
	cat, err := i18n.Load(assets.Translations)
	if err != nil {
		return kiosk.Wrap(err)
	}
	db, err := r.open()
	if err != nil {
		return err
	}
	defer db.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return kiosk.Errorf(kiosk.Unavailable, "Non posso ascoltare su %s: %v", "Cannot listen on %s: %v", *addr, err)
	}
	content := &web.ContentCache{Store: db, Every: 5 * time.Second, Now: time.Now}
	s := &web.Server{Requests: &requests.Service{Store: db, Content: content.Content, Now: time.Now},
		Queue:   &queue.Service{Store: db, Content: content.Content, Now: time.Now},
		Catalog: cat, Lookups: *lookups, Now: time.Now, Log: slog.Default(), TrustedProxies: trusted}
	fmt.Fprintf(r.Stdout, r.say("Pagina dello stato su http://%s/ e Open311 su /open311/v2/\n", "Status page on http://%s/ and Open311 on /open311/v2/\n"), ln.Addr())
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: time.Minute}
	return kiosk.Wrap(srv.Serve(ln))
}
