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

// region is where one field is printed. The places follow the published
// layout of the second-generation card: values start 15.5 mm in, rows
// about 6.5 mm apart, the photo on the right, the number along the
// bottom. Each box leaves a millimetre or so for a card found slightly
// off.
type region struct {
	field string
	at    box
	// alone is how to read the region by itself, at scale again, when
	// its sheet's reading of it is empty or unsure; lang "" for never.
	alone run
	again float64
	// exact, when set, says whether a sheet's reading is exactly right
	// in form; one that is not is read again alone.
	exact func(text string) bool
}

// sheet is regions read together in one Tesseract run, stacked one under
// another with white between. Starting Tesseract and loading its model
// costs more than reading a short line, so fewer runs are faster, most
// of all on a loaded machine.
type sheet struct {
	run     run
	scale   float64
	regions []region
}

// Whitelists narrow what Tesseract may answer for fields with a closed
// alphabet.
const (
	digitsX = "0123456789X"
	digits  = "0123456789"
)

// chiLines reads stacked Chinese lines as a block, keeping rows of only a
// few large characters (see run.keepRows). The others read one line
// alone, for the second look at an unsure field.
var (
	chiLines   = run{lang: "chi_sim", psm: 6, keepRows: true}
	nameLine   = run{lang: "chi_sim", psm: 7, keepRows: true}
	sexLine    = run{lang: "chi_sim", psm: 7, whitelist: "男女", keepRows: true}
	nationLine = run{lang: "chi_sim", psm: 7, whitelist: nationChars(), keepRows: true}
	birthLine  = run{lang: "eng", psm: 7, whitelist: digits}
	numberLine = run{lang: "eng", psm: 7, whitelist: digitsX}
)

// The sheets are in the card's order, which is the order of Raw. Sex and
// nation are read in a sheet without their whitelists, and again alone
// with them when the sheet's reading is unsure or not exactly 男/女 or
// one of the 56 names (without the whitelist a rare 畲 can snap to 汉).
// The period reads as well without its whitelist. Names read best at
// nameScale, on the specimens.
var (
	frontSheets = []sheet{
		{chiLines, nameScale, []region{
			{ocr.FieldName, box{14.5, 6.2, 53, 12.4}, nameLine, nameScale, nil},
			{ocr.FieldSex, box{14.5, 12.9, 24, 18.8}, sexLine, readScale, isSex},
			{ocr.FieldNation, box{33.8, 12.9, 54, 18.8}, nationLine, readScale, isNation},
		}},
		{birthLine, readScale, []region{
			{field: ocr.FieldBirthday, at: box{14.5, 19.4, 45, 25.2}},
		}},
		{chiLines, readScale, []region{
			{field: ocr.FieldAddress, at: box{14.5, 25.9, 54, 41.6}},
		}},
		{numberLine, readScale, []region{
			{field: ocr.FieldNumber, at: box{26, 44.2, 84, 50.6}},
		}},
	}
	backSheets = []sheet{
		{chiLines, readScale, []region{
			{field: ocr.FieldAuthority, at: box{28.5, 38.4, 84, 44.4}},
			{field: ocr.FieldTimelimit, at: box{28.5, 44.9, 84, 50.9}},
		}},
	}
	frontRegions = regionsOf(frontSheets)
	backRegions  = regionsOf(backSheets)
)

func regionsOf(sheets []sheet) []region {
	var all []region
	for _, sh := range sheets {
		all = append(all, sh.regions...)
	}
	return all
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

// nameScale puts a name's characters about 24 px tall: on 60 fresh
// specimens it read 54 names right where 0.6 read 51 and 1.0 read 45.
const nameScale = 0.45

// pad is the white margin put around each region for Tesseract.
const pad = 12
