package local

import (
	"image"

	"kycreview/ocr"
)

// The card is ID-1, 85.6 x 54 mm. It is laid flat at 15 px/mm, which puts
// the values' characters about 45 px tall, where Tesseract reads best.
const (
	pxPerMM = 15
	cardPxW = 1284 // 85.6 mm
	cardPxH = 810  // 54 mm
)

// box is a rectangle on the card in millimetres from its top-left corner.
type box struct{ x0, y0, x1, y1 float64 }

func (b box) px() image.Rectangle {
	return image.Rect(int(b.x0*pxPerMM), int(b.y0*pxPerMM), int(b.x1*pxPerMM), int(b.y1*pxPerMM))
}

// mirror is the same box on a card turned upside down.
func (b box) mirror() box {
	return box{85.6 - b.x1, 54 - b.y1, 85.6 - b.x0, 54 - b.y0}
}

// region is where one field is printed and how to read it. The places
// follow the published layout of the second-generation card: values start
// 15.5 mm in, rows about 6.5 mm apart, the photo on the right, the
// number along the bottom. Each box leaves a millimetre or so for a card
// found slightly off.
type region struct {
	field string
	at    box
	run   run
	// tries lists the scales to read at, all of them; readScale alone
	// when empty.
	tries []float64
	// retry is a scale to read at again only when the first reading is
	// empty or unsure; 0 for none.
	retry float64
}

func (r region) scales() []float64 {
	if len(r.tries) == 0 {
		return []float64{readScale}
	}
	return r.tries
}

// Whitelists narrow what Tesseract may answer for fields with a closed
// alphabet.
const (
	digitsX   = "0123456789X"
	digits    = "0123456789"
	periodSet = "0123456789.-长期"
)

var frontRegions = []region{
	// Tesseract now and then returns nothing for a short line of large
	// characters; a second, smaller reading rescues most of those.
	{ocr.FieldName, box{14.5, 6.2, 53, 12.4}, run{lang: "chi_sim", psm: 7}, []float64{0.45, 0.3}, 0},
	{ocr.FieldSex, box{14.5, 12.9, 24, 18.8}, run{lang: "chi_sim", psm: 7, whitelist: "男女"}, nil, 0.4},
	{ocr.FieldNation, box{33.8, 12.9, 54, 18.8}, run{lang: "chi_sim", psm: 7, whitelist: nationChars()}, nil, 0.4},
	{ocr.FieldBirthday, box{14.5, 19.4, 45, 25.2}, run{lang: "eng", psm: 7, whitelist: digits}, nil, 0},
	{ocr.FieldAddress, box{14.5, 25.9, 54, 41.6}, run{lang: "chi_sim", psm: 6}, nil, 0},
	{ocr.FieldNumber, box{26, 44.2, 84, 50.6}, run{lang: "eng", psm: 7, whitelist: digitsX}, nil, 0},
}

var backRegions = []region{
	{ocr.FieldAuthority, box{28.5, 38.4, 84, 44.4}, run{lang: "chi_sim", psm: 7}, nil, 0},
	{ocr.FieldTimelimit, box{28.5, 44.9, 84, 50.9}, run{lang: "chi_sim", psm: 7, whitelist: periodSet}, nil, 0},
}

// Places used to tell the sides apart and to cut the photo out.
var (
	emblemBox   = box{4, 4, 24, 24}
	portraitBox = box{54.5, 5, 81.5, 38.5}
	// The month and day columns of the birth row, in mm, for splitting
	// the row's digits.
	monthFrom, dayFrom = 27.5, 35.8
)

// readScale shrinks regions before reading: at 9 px/mm characters are
// about 30 px tall, which measured both faster and more accurate on the
// specimens than the full 15 px/mm.
const readScale = 0.6

// pad is the white margin put around each region for Tesseract.
const pad = 12
