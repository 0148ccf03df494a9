// Package ocr reads the fields of a Chinese resident ID card from a photo.
//
// Every engine answers in the shape of the vendor's guide (side, info,
// validity, order_no, result, image_url), so the review code never needs to
// know which engine produced a result.
package ocr

import (
	"context"
	"encoding/json"
)

// Side is the face of the card a photo shows.
type Side string

const (
	Front Side = "front" // 人像面
	Back  Side = "back"  // 国徽面
)

// Info holds the fields as the vendor's guide names them. Front photos fill
// the first eight, back photos the last two.
type Info struct {
	Name    string `json:"name,omitempty"`
	Sex     string `json:"sex,omitempty"`
	Nation  string `json:"nation,omitempty"`
	Year    string `json:"year,omitempty"`
	Month   string `json:"month,omitempty"`
	Day     string `json:"day,omitempty"`
	Address string `json:"address,omitempty"`
	Number  string `json:"number,omitempty"`

	Authority string `json:"authority,omitempty"`
	Timelimit string `json:"timelimit,omitempty"`
}

// Field names used by Validity and Reasons, as the guide spells them.
const (
	FieldName      = "name"
	FieldSex       = "sex"
	FieldNation    = "nation"
	FieldBirthday  = "birthday"
	FieldAddress   = "address"
	FieldNumber    = "number"
	FieldAuthority = "authority"
	FieldTimelimit = "timelimit"
)

// FrontFields and BackFields list the fields each side carries, in the
// order the card prints them.
var (
	FrontFields = []string{FieldName, FieldSex, FieldNation, FieldBirthday, FieldAddress, FieldNumber}
	BackFields  = []string{FieldAuthority, FieldTimelimit}
)

// Result is one successful reading of one photo.
type Result struct {
	Side    Side   `json:"side"`
	OrderNo string `json:"order_no,omitempty"`
	// Scan is the guide's "result": 0 scanned, 1 scan failed.
	Scan int  `json:"result"`
	Info Info `json:"info"`
	// Validity is false for a field the engine does not trust. A field
	// missing from the map was not judged.
	Validity map[string]bool `json:"validity"`
	// Reasons says, per untrusted field, why (local engine only; the
	// vendor gives no reasons).
	Reasons  map[string]string `json:"reasons,omitempty"`
	ImageURL string            `json:"image_url,omitempty"`
	// Portrait is the cropped photo of the holder, when the engine cut it
	// out itself (JPEG). The vendor gives a URL instead.
	Portrait []byte `json:"-"`
	// Raw is the engine's response verbatim, kept for support.
	Raw json.RawMessage `json:"-"`
}

// Trusted reports whether every judged field is valid; the guide says one
// false flag makes the whole result untrustworthy.
func (r *Result) Trusted() bool {
	for _, ok := range r.Validity {
		if !ok {
			return false
		}
	}
	return true
}

// Engine reads one photo. Implementations must honour ctx's deadline.
type Engine interface {
	// Name is a short label for logs and the UI: "vendor", "local".
	Name() string
	// Recognize reads one image (JPEG or PNG bytes). A failure is an
	// *Error when the engine could say what went wrong.
	Recognize(ctx context.Context, image []byte) (*Result, error)
}
