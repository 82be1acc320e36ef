package web

import (
	"net/http"
	"sync"

	"sportello/internal/kiosk"
	"sportello/internal/requests"
)

// lookup finds the request with code for the status page or Open311,
// within the client's budget of lookups.
func (s *Server) lookup(r *http.Request, code string) (requests.Public, error) {
	if err := s.allow(r); err != nil {
		return requests.Public{}, err
	}
	p, err := s.public.service(s.Requests).Status(code)
	if err != nil && kiosk.ErrorCode(err) == kiosk.Internal { // ErrorCode(nil) is Internal too
		s.Log.Error("status lookup", "err", err)
	}
	return p, err
}

// publicReader reads a request by code only as far as a public view needs
// it: store.DB does, at a third of the cost of a whole read.
type publicReader interface {
	PublicRequestByCode(code string) (kiosk.Request, error)
}

// publicStore is a request store whose lookups by code are public reads.
type publicStore struct {
	kiosk.RequestStore
	public publicReader
}

// RequestByCode reads only what a public view shows.
func (p publicStore) RequestByCode(code string) (kiosk.Request, error) {
	return p.public.PublicRequestByCode(code)
}

// publicOnce makes, once, the service the server's lookups go through.
type publicOnce struct {
	once sync.Once
	svc  *requests.Service
}

// service is svc with its store's lookups by code made public reads, where
// the store has them; svc itself otherwise.
func (p *publicOnce) service(svc *requests.Service) *requests.Service {
	p.once.Do(func() {
		p.svc = svc
		if public, ok := svc.Store.(publicReader); ok {
			narrowed := *svc
			narrowed.Store = publicStore{RequestStore: svc.Store, public: public}
			p.svc = &narrowed
		}
	})
	return p.svc
}
