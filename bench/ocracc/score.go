package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// fields are the eleven things scored per card: the ten values, and the
// pair of sides told apart (front read as front and back as back).
var fields = []string{"name", "sex", "nation", "year", "month", "day", "address", "number", "authority", "timelimit", "sides"}

// score counts exact matches per field.
type score struct {
	hits, seen map[string]int
}

func (s *score) add(want card, got reading, verbose bool) {
	if s.hits == nil {
		s.hits, s.seen = map[string]int{}, map[string]int{}
	}
	f, b := got.front.Info, got.back.Info
	pairs := map[string][2]string{
		"name": {want.Name, f.Name}, "sex": {want.Sex, f.Sex}, "nation": {want.Nation, f.Nation},
		"year": {want.Year, f.Year}, "month": {want.Month, f.Month}, "day": {want.Day, f.Day},
		"address": {want.Address, f.Address}, "number": {want.Number, f.Number},
		"authority": {want.Authority, b.Authority}, "timelimit": {want.Timelimit, b.Timelimit},
		"sides": {"front/back", string(got.front.Side) + "/" + string(got.back.Side)},
	}
	for _, field := range fields {
		p := pairs[field]
		s.seen[field]++
		if same(field, p[0], p[1]) {
			s.hits[field]++
		} else if verbose {
			fmt.Printf("miss %s %s: want %q got %q\n", want.Front, field, p[0], p[1])
		}
	}
}

// same compares as the issue says: dates as numbers, the period without
// dots, the rest exactly after trimming spaces.
func same(field, want, got string) bool {
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

func (s *score) correct() int { return sum(s.hits) }
func (s *score) total() int   { return sum(s.seen) }

func (s *score) accuracy() float64 {
	if s.total() == 0 {
		return 0
	}
	return float64(s.correct()) / float64(s.total())
}

func (s *score) print(w io.Writer) {
	for _, f := range fields {
		fmt.Fprintf(w, "%-10s %3d/%-3d %.3f\n", f, s.hits[f], s.seen[f], float64(s.hits[f])/float64(max(1, s.seen[f])))
	}
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
