package cli

import (
	"fmt"
	"log/slog"
	"text/tabwriter"
	"time"

	"sportello/internal/appointments"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
	"sportello/internal/queue"
	"sportello/internal/store"
	"sportello/internal/ticket"
)

// appointmentsService opens the database and the appointments over it.
func (r *run) appointmentsService() (*appointments.Service, *store.DB, error) {
	db, err := r.open()
	if err != nil {
		return nil, nil, err
	}
	q := &queue.Service{Store: db, Content: db.Content, Now: db.Now}
	return &appointments.Service{Store: db, Content: db.Content, Now: db.Now, Queue: q, Mail: db, Settings: db.Settings, Log: slog.Default()}, db, nil
}

// appointments runs the appointments' commands for staff scripts.
func (r *run) appointments(args []string) error {
	if len(args) == 0 {
		return r.badUsage("manca il sottocomando di appointments", "appointments needs a subcommand")
	}
	switch args[0] {
	case "list":
		return r.appointmentsList(args[1:])
	case "book":
		return r.appointmentsBook(args[1:])
	case "move":
		return r.appointmentsMove(args[1:])
	case "cancel", "checkin":
		return r.appointmentsChange(args[0], args[1:])
	}
	return r.badUsage("sottocomando sconosciuto: appointments %s", "unknown subcommand: appointments %s", args[0])
}

func (r *run) appointmentsList(args []string) error {
	fs := r.flags("appointments list")
	date := fs.String("date", "", r.say("il giorno, AAAA-MM-GG (di norma oggi)", "the day, YYYY-MM-DD (today by default)"))
	pos, err := parseFlags(fs, args)
	if err != nil || len(pos) > 0 {
		return r.badUsage("uso: sportello appointments list [--date AAAA-MM-GG]", "usage: sportello appointments list [--date YYYY-MM-DD]")
	}
	s, db, err := r.appointmentsService()
	if err != nil {
		return err
	}
	defer db.Close()
	day := hours.Today(db.Now())
	if *date != "" {
		if day, err = kiosk.ParseDate(*date); err != nil {
			return err
		}
	}
	list, err := s.Store.Appointments(day.In(hours.Rome), day.AddDays(1).In(hours.Rome))
	if err != nil {
		return kiosk.Wrap(err)
	}
	w := tabwriter.NewWriter(r.Stdout, 0, 4, 2, ' ', 0)
	for _, a := range list {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", i18n.Clock(a.Start.In(hours.Rome)), a.Service, a.Status, ticket.Format(a.Code), a.Name, a.Email+" "+a.Phone)
	}
	if len(list) == 0 {
		fmt.Fprintln(w, r.say("Nessun appuntamento.", "No appointments."))
	}
	return w.Flush()
}

func (r *run) appointmentsBook(args []string) error {
	fs := r.flags("appointments book")
	var d appointments.Draft
	fs.StringVar(&d.Service, "service", "", r.say("id del servizio", "service id"))
	at := fs.String("at", "", "YYYY-MM-DD HH:MM")
	fs.StringVar(&d.Name, "name", "", r.say("nome e cognome", "name and surname"))
	fs.StringVar(&d.Email, "email", "", "e-mail")
	fs.StringVar(&d.Phone, "phone", "", r.say("telefono", "phone"))
	fs.StringVar(&d.Reason, "reason", "", r.say("il motivo", "the reason"))
	pos, err := parseFlags(fs, args)
	usage := func() error {
		return r.badUsage("uso: sportello appointments book --service ID --at 'AAAA-MM-GG HH:MM' --name NOME (--email E | --phone P) [--reason MOTIVO]",
			"usage: sportello appointments book --service ID --at 'YYYY-MM-DD HH:MM' --name NAME (--email E | --phone P) [--reason REASON]")
	}
	if err != nil || len(pos) > 0 || d.Service == "" || *at == "" {
		return usage()
	}
	if d.Start, err = parseStart(*at); err != nil {
		return err
	}
	d.Lang, d.PrivacyAccepted = r.lang, true // at the desk: the clerk read the notice to the citizen
	s, db, err := r.appointmentsService()
	if err != nil {
		return err
	}
	defer db.Close()
	a, err := s.Book(d)
	if err != nil {
		return err
	}
	fmt.Fprintf(r.Stdout, r.say("Prenotato: %s alle %s, codice %s\n", "Booked: %s at %s, code %s\n"),
		i18n.ShortDate(hours.Today(a.Start)), i18n.Clock(a.Start.In(hours.Rome)), ticket.Format(a.Code))
	return nil
}

// parseStart reads an appointment's start as written: 2026-12-03 10:20, in Rome.
func parseStart(at string) (time.Time, error) {
	t, err := time.ParseInLocation("2006-01-02 15:04", at, hours.Rome)
	if err != nil {
		return t, kiosk.Errorf(kiosk.Invalid, "«%s» non è una data e un'ora: scriva per esempio 2026-12-03 10:20", "«%s» is not a date and time: write for example 2026-12-03 10:20", at)
	}
	return t, nil
}

func (r *run) appointmentsMove(args []string) error {
	fs := r.flags("appointments move")
	at := fs.String("at", "", "YYYY-MM-DD HH:MM")
	pos, err := parseFlags(fs, args)
	if err != nil || len(pos) != 1 || *at == "" {
		return r.badUsage("uso: sportello appointments move CODICE --at 'AAAA-MM-GG HH:MM'", "usage: sportello appointments move CODE --at 'YYYY-MM-DD HH:MM'")
	}
	to, err := parseStart(*at)
	if err != nil {
		return err
	}
	s, db, err := r.appointmentsService()
	if err != nil {
		return err
	}
	defer db.Close()
	a, err := s.Move(pos[0], to)
	if err != nil {
		return err
	}
	fmt.Fprintf(r.Stdout, r.say("Spostato: %s alle %s\n", "Moved: %s at %s\n"), i18n.ShortDate(hours.Today(a.Start)), i18n.Clock(a.Start.In(hours.Rome)))
	return nil
}

func (r *run) appointmentsChange(action string, args []string) error {
	pos, err := parseFlags(r.flags("appointments "+action), args)
	if err != nil || len(pos) != 1 {
		return r.badUsage("uso: sportello appointments "+action+" CODICE", "usage: sportello appointments "+action+" CODE")
	}
	s, db, err := r.appointmentsService()
	if err != nil {
		return err
	}
	defer db.Close()
	if action == "cancel" {
		if _, err := s.Cancel(pos[0]); err != nil {
			return err
		}
		fmt.Fprintln(r.Stdout, r.say("Appuntamento annullato: l'orario è di nuovo libero.", "Appointment cancelled: the time is free again."))
		return nil
	}
	_, p, err := s.CheckIn(pos[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(r.Stdout, r.say("Arrivo registrato: numero %s\n", "Arrival registered: number %s\n"), p.Label())
	return nil
}
