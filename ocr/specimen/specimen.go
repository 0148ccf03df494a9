// Package specimen is the truth file of the synthetic specimen cards and
// the way readings of them are scored, shared by the generator
// (testdata/specimen), the accuracy benchmark (bench/ocracc) and the
// local engine's tests.
package specimen

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"kycreview/ocr"
)

// Card is one entry of truth.json: the two image files and the fields
// printed on them.
type Card struct {
	Front     string `json:"front"`
	Back      string `json:"back"`
	Name      string `json:"name"`
	Sex       string `json:"sex"`
	Nation    string `json:"nation"`
	Year      string `json:"year"`
	Month     string `json:"month"`
	Day       string `json:"day"`
	Address   string `json:"address"`
	Number    string `json:"number"`
	Authority string `json:"authority"`
	Timelimit string `json:"timelimit"`
}

// Load reads dir/truth.json.
func Load(dir string) ([]Card, error) {
	path := filepath.Join(dir, "truth.json")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read truth: %w", err)
	}
	var cards []Card
	if err := json.Unmarshal(data, &cards); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	if len(cards) == 0 {
		return nil, fmt.Errorf("%s lists no cards", path)
	}
	return cards, nil
}

// Fields are the eleven things scored per card: the ten values, and the
// pair of sides told apart (front read as front and back as back).
var Fields = []string{"name", "sex", "nation", "year", "month", "day", "address", "number",
	"authority", "timelimit", "sides"}

// Miss is one field read wrong.
type Miss struct {
	Card, Field, Want, Got string
}

// Score counts exact matches per field over many cards.
type Score struct {
	Hits, Seen map[string]int
	Misses     []Miss
}

// Add scores one card's two readings; a nil reading scores nothing right.
func (s *Score) Add(want Card, front, back *ocr.Result) {
	if s.Hits == nil {
		s.Hits, s.Seen = map[string]int{}, map[string]int{}
	}
	if front == nil {
		front = &ocr.Result{}
	}
	if back == nil {
		back = &ocr.Result{}
	}

	f, b := front.Info, back.Info
	pairs := map[string][2]string{
		"name": {want.Name, f.Name}, "sex": {want.Sex, f.Sex}, "nation": {want.Nation, f.Nation},
		"year": {want.Year, f.Year}, "month": {want.Month, f.Month}, "day": {want.Day, f.Day},
		"address": {want.Address, f.Address}, "number": {want.Number, f.Number},
		"authority": {want.Authority, b.Authority}, "timelimit": {want.Timelimit, b.Timelimit},
		"sides": {"front/back", string(front.Side) + "/" + string(back.Side)},
	}
	for _, field := range Fields {
		p := pairs[field]
		s.Seen[field]++
		if Same(field, p[0], p[1]) {
			s.Hits[field]++
		} else {
			s.Misses = append(s.Misses, Miss{Card: want.Front, Field: field, Want: p[0], Got: p[1]})
		}
	}
}

// Same compares as the benchmark's definition says: year, month and day as
// numbers, the validity period without dots, the rest exactly after
// trimming spaces.
func Same(field, want, got string) bool {
	want, got = strings.TrimSpace(want), strings.TrimSpace(got)
	switch field {
	case "year", "month", "day":
		w, err1 := strconv.Atoi(want)
		g, err2 := strconv.Atoi(got)
		return err1 == nil && err2 == nil && w == g
	case "timelimit":
		return strings.ReplaceAll(want, ".", "") == strings.ReplaceAll(got, ".", "")
	}
	return want == got
}

// Correct is the number of fields read right.
func (s *Score) Correct() int { return sum(s.Hits) }

// Total is the number of fields scored.
func (s *Score) Total() int { return sum(s.Seen) }

// Accuracy is Correct over Total.
func (s *Score) Accuracy() float64 {
	if s.Total() == 0 {
		return 0
	}
	return float64(s.Correct()) / float64(s.Total())
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
