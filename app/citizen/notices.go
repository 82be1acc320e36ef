package citizen

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"sportello/app/kit"
	"sportello/internal/content"
	"sportello/internal/hours"
	"sportello/internal/i18n"
	"sportello/internal/kiosk"
)

// noticesScreen lists current notices first, then those still to come;
// expired ones are not shown.
func (u *Screens) noticesScreen() fyne.CanvasObject {
	today := hours.Today(u.Now())
	current, upcoming := content.Notices(u.Content.Notices, today)
	u.noticeRows = map[string]*kit.Tile{}
	list := container.NewVBox()
	add := func(n kiosk.Notice) {
		r := u.Row(u.Tr.Text(n.Title), u.noticeLine(n), func() { u.Show(u.noticePage(n)) })
		u.noticeRows[n.ID] = r
		list.Add(r)
	}
	for _, n := range current {
		add(n)
	}
	if len(upcoming) > 0 {
		list.Add(widget.NewLabelWithStyle(u.Tr.T("notice.upcoming"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, n := range upcoming {
			add(n)
		}
	}
	if len(current)+len(upcoming) == 0 {
		list.Add(kit.Paragraph(u.Tr.T("list.empty")))
	}
	return u.Page(u.Tr.T("tile.notices"), u.Scroller(list))
}

// noticeLine is the kind and the dates of a notice.
func (u *Screens) noticeLine(n kiosk.Notice) string {
	return u.Tr.Text(content.NoticeKind(n.Kind)) + " · " + u.noticeDays(n, i18n.ShortDate)
}

// noticeDays says from which day to which a notice holds, each day written
// by date; a notice of one day is that day with its weekday.
func (u *Screens) noticeDays(n kiosk.Notice, date func(kiosk.Date) string) string {
	if n.To == n.From {
		return i18n.LongDate(n.From, u.Tr.Lang())
	}
	key := "notice.range"
	if n.To.IsZero() {
		key = "notice.from"
	}
	return u.Tr.T(key, map[string]any{"From": date(n.From), "To": date(n.To)})
}

// noticePage shows a notice: its kind, its days, the office it comes from,
// its text, and a QR code of its link for the citizen's phone.
func (u *Screens) noticePage(n kiosk.Notice) kit.Screen {
	return func() fyne.CanvasObject {
		tr := u.Tr
		rows := container.NewVBox(kit.Field(tr.T("notice.kind"), tr.Text(content.NoticeKind(n.Kind))),
			kit.Field(tr.T("notice.when"), u.noticeDays(n, u.dayInFull)))
		if o, ok := u.Content.Office(n.Office); ok && n.Office != "" {
			rows.Add(kit.Field(tr.T("notice.office"), ""))
			rows.Add(u.tallEnough(u.Row(tr.Text(o.Name), o.Address, func() { u.Show(u.officePage(o.ID)) }), 1))
		}
		if body := tr.Text(n.Body); body != "" {
			rows.Add(kit.Paragraph(body))
		}
		if n.URL != "" {
			rows.Add(widget.NewSeparator())
			rows.Add(container.NewVBox(kit.Paragraph(tr.T("notice.link.hint")), container.NewCenter(qrCode(n.URL, noticeQR)),
				widget.NewLabelWithStyle(n.URL, fyne.TextAlignCenter, fyne.TextStyle{}))) // one row: a page shows the code with its address
		}
		if n.Signups == nil || u.Signups == nil {
			return u.Page(tr.Text(n.Title), u.Scroller(rows))
		}
		rows.Add(kit.Field(tr.T("event.who"), tr.Text(n.Signups.Who)))
		rows.Add(kit.Field(tr.T("event.deadline"), u.dayInFull(n.Signups.Deadline)))
		signUp := u.Primary(tr.T("event.signup"), func() { u.startSignup(n) })
		return u.Page(tr.Text(n.Title), container.NewBorder(nil, signUp, nil, nil, u.Scroller(rows)))
	}
}

// dayInFull writes a day as "16 novembre 2026": "dal lunedì ... al
// domenica" would not read right.
func (u *Screens) dayInFull(d kiosk.Date) string {
	_, date, _ := strings.Cut(i18n.LongDate(d, u.Tr.Lang()), " ")
	return date
}

// noticeQR is the side of the QR code on a notice's page.
const noticeQR = 320
