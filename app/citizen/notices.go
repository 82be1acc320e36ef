package citizen

import (
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
	data := map[string]any{"From": i18n.ShortDate(n.From), "To": i18n.ShortDate(n.To)}
	key := "notice.range"
	switch {
	case n.To.IsZero():
		key = "notice.from"
	case n.To == n.From:
		key = "notice.day"
	}
	return u.Tr.Text(content.NoticeKind(n.Kind)) + " · " + u.Tr.T(key, data)
}

func (u *Screens) noticePage(n kiosk.Notice) kit.Screen {
	return func() fyne.CanvasObject {
		rows := container.NewVBox(widget.NewLabelWithStyle(u.noticeLine(n), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			kit.Paragraph(u.Tr.Text(n.Body)))
		if n.URL != "" {
			rows.Add(u.Row(u.Tr.T("doc.download"), n.URL, func() {
				u.Show(u.downloadPage(doc{id: n.ID, title: n.Title, url: n.URL}))
			}))
		}
		return u.Page(u.Tr.Text(n.Title), u.Scroller(rows))
	}
}
