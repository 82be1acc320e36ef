package kiosk

// InboxQuery selects a page of the staff inbox: open requests first (neither
// closed nor annulled), then by the nearest deadline, the newest number
// first among those due the same day.
type InboxQuery struct {
	Status  Status // "" for every open request
	Overdue bool   // only open requests past their deadline on Today
	Today   Date   // the day Overdue counts from
	Kind    string // "" for every kind
	Office  string // "" for every office
	Number  string // part of the protocol number ("0000123", "2026/00001"); "" for any
	Code    string // a canonical tracking code: that request only; "" for any
	Offset  int    // requests skipped
	Limit   int    // requests at most on the page
}

// InboxPage is a page of the inbox and whether more requests follow it.
type InboxPage struct {
	Requests []Request
	More     bool
}
