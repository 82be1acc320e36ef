// Package kiosk holds Sportello's domain: the content a citizen reads (offices,
// hours, services, forms, documents, notices), the requests and ratings a
// citizen leaves, the services the rest of the program talks to, and the one
// error type that carries a message fit for a citizen. It depends on nothing.
package kiosk
