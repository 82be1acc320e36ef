package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Tiles lays tiles out in a TileGrid that shares the height it is given
// between its rows. When that would leave a tile too short for its title
// (large text on a short screen, the accessibility panel open), the rows
// take the height they need and page in a Scroller instead.
func (u *Shell) Tiles(tiles ...fyne.CanvasObject) fyne.CanvasObject {
	grid := &TileGrid{}
	scroller := u.NewScroller(container.New(grid, tiles...))
	return container.New(&tilesFrame{grid, tiles, scroller}, scroller.Object())
}

// tilesFrame tells the grid, before it is laid out, the columns and the
// height its tiles need at the frame's size.
type tilesFrame struct {
	grid     *TileGrid
	tiles    []fyne.CanvasObject
	scroller *Scroller
}

func (f *tilesFrame) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	g := f.grid
	was := *g
	g.cols, g.least = 0, 0
	cols := g.columns(f.tiles, size)
	if need := g.height(f.tiles, cols, size.Width); need > size.Height {
		g.cols, g.least = cols, g.height(f.tiles, cols, size.Width-f.scroller.colWidth-theme.Padding())
	}
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.Position{})
	}
	if *g != was { // the same size may need other rows
		f.scroller.Refresh()
	}
}

func (f *tilesFrame) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// TileGrid lays tiles out in two columns on a portrait screen and three or
// four on a landscape one wide enough for their titles (see columns),
// sharing the height equally between the rows; the tiles of a last row that
// is not full widen to fill it. The tiles show their line under the title
// all or none.
type TileGrid struct {
	cols  int     // 0: by the grid's own shape
	least float32 // the height the rows need, when more than the screen leaves
}

// columns is 2 on a portrait area; on a landscape one, the most of 4 and
// 3 at which every title's longest word still fits in its tile (a portrait
// window with the accessibility panel open is wide but not wide enough),
// else 2.
func (g *TileGrid) columns(objs []fyne.CanvasObject, size fyne.Size) int {
	if g.cols > 0 {
		return g.cols
	}
	if size.Width <= size.Height {
		return 2
	}
	for _, cols := range []int{4, 3} {
		width := (size.Width - tileGap()*float32(cols-1)) / float32(cols)
		fits := true
		for _, o := range objs {
			if t, ok := o.(*Tile); ok && t.WidthForLongestWord() > width {
				fits = false
			}
		}
		if fits {
			return cols
		}
	}
	return 2
}

// height is the least height of the grid's rows at this width: each row as
// high as its tallest tile's LeastHeight.
func (g *TileGrid) height(objs []fyne.CanvasObject, cols int, width float32) float32 {
	rows := (len(objs) + cols - 1) / cols
	w := (width - tileGap()*float32(cols-1)) / float32(cols)
	var row float32
	for _, o := range objs {
		if t, ok := o.(*Tile); ok {
			row = max(row, t.LeastHeight(w))
		}
	}
	return float32(rows)*row + tileGap()*float32(rows-1)
}

// tileGap is the space between two tiles.
func tileGap() float32 { return theme.Padding() * 2 }

func (g *TileGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	cols := g.columns(objs, size)
	rows := (len(objs) + cols - 1) / cols
	gap := tileGap()
	h := (size.Height - gap*float32(rows-1)) / float32(rows)
	for i, o := range objs {
		inRow := cols
		if i/cols == rows-1 {
			inRow = len(objs) - (rows-1)*cols
		}
		w := (size.Width - gap*float32(inRow-1)) / float32(inRow)
		o.Move(fyne.NewPos(float32(i%cols)*(w+gap), float32(i/cols)*(h+gap)))
		o.Resize(fyne.NewSize(w, h))
	}
	alike(objs)
}

// alike makes the tiles show their line under the title all or none: when
// one has no room for its own, none shows it, and the screen reads as one.
func alike(objs []fyne.CanvasObject) {
	plain := false
	for _, o := range objs {
		if t, ok := o.(*Tile); ok && t.Desc != "" && !t.lineFits {
			plain = true
		}
	}
	for _, o := range objs {
		if t, ok := o.(*Tile); ok && t.plain != plain {
			t.plain = plain
			t.Refresh()
		}
	}
}

// MinSize asks no height while the tiles fit in what the screen leaves, so
// that large text never pushes the window past the screen; when they do not,
// the height they need, and they page.
func (g *TileGrid) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(2*160, g.least)
}
