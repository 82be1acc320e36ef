package pdfview

import (
	"bytes"
	"image"
	"image/png"
)

// box is the part of a page to show, in inches from its top left corner.
type box struct{ left, top, width, height float64 }

const (
	edge    = 0.15 // inches of white kept around the printed part (4 mm)
	maxCrop = 0.15 // the most of a page's width or height left out on each side
	white   = 0xF000
)

// printed finds the part of a page that is printed on, from its image at
// probeDPI, with an edge around it; the whole page when nothing is.
func printed(probe []byte) (box, error) {
	img, err := png.Decode(bytes.NewReader(probe))
	if err != nil {
		return box{}, err
	}
	b := img.Bounds()
	ink := image.Rectangle{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, g, bl, _ := img.At(x, y).RGBA(); r < white || g < white || bl < white {
				ink = ink.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	w, h := float64(b.Dx())/probeDPI, float64(b.Dy())/probeDPI
	if ink.Empty() {
		return box{0, 0, w, h}, nil
	}
	// one probe pixel either way: a stroke may begin within it
	left := clamp(float64(ink.Min.X-b.Min.X-1)/probeDPI-edge, w*maxCrop)
	right := clamp(float64(b.Max.X-ink.Max.X-1)/probeDPI-edge, w*maxCrop)
	top := clamp(float64(ink.Min.Y-b.Min.Y-1)/probeDPI-edge, h*maxCrop)
	bottom := clamp(float64(b.Max.Y-ink.Max.Y-1)/probeDPI-edge, h*maxCrop)
	return box{left, top, w - left - right, h - top - bottom}, nil
}

// clamp keeps a margin to leave out between 0 and most.
func clamp(margin, most float64) float64 { return max(0, min(margin, most)) }
