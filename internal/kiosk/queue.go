package kiosk

// Queue is the content's desk queue: the lines a citizen takes a number
// for at the kiosk, and the desks that serve them.
type Queue struct {
	Lines []QueueLine `yaml:"lines,omitempty"`
	Desks []Desk      `yaml:"desks,omitempty"`
	// Priority says who may be served first, on the kiosk's second button
	// ("disabilità, gravidanza, over 75"); empty: no priority.
	Priority      Text `yaml:"priority,omitempty"`
	AgingMinutes  int  `yaml:"aging_minutes,omitempty"`  // a priority ticket's head start; 0: 20
	MisuseSeconds int  `yaml:"misuse_seconds,omitempty"` // a second ticket this soon from the same kiosk is refused; 0: 10
}

// QueueLine is what a ticket is for: a letter and what it serves.
type QueueLine struct {
	Letter  string `yaml:"letter"` // one capital letter: "A"
	Name    Text   `yaml:"name"`   // "Informazioni"
	Office  string `yaml:"office,omitempty"`
	Summary Text   `yaml:"summary,omitempty"` // the line under the name on the kiosk
}

// Desk is a desk that calls tickets of some lines.
type Desk struct {
	ID     string   `yaml:"id"`
	Name   Text     `yaml:"name"` // "Sportello 2": the display shows it and speaks it
	Office string   `yaml:"office,omitempty"`
	Lines  []string `yaml:"lines,flow"` // letters
}

// Line returns the line with a letter.
func (q Queue) Line(letter string) (QueueLine, bool) {
	for _, l := range q.Lines {
		if l.Letter == letter {
			return l, true
		}
	}
	return QueueLine{}, false
}

// Desk returns the desk with an id.
func (q Queue) Desk(id string) (Desk, bool) {
	for _, d := range q.Desks {
		if d.ID == id {
			return d, true
		}
	}
	return Desk{}, false
}

// Serving is how many desks serve a line.
func (q Queue) Serving(letter string) int {
	n := 0
	for _, d := range q.Desks {
		for _, l := range d.Lines {
			if l == letter {
				n++
			}
		}
	}
	return n
}
