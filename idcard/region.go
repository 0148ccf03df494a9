package idcard

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:generate go run ./internal/genregions -o regions.tsv ../../shared/data/region-codes/address_code.csv

// regionsTSV holds code, name, first year and last year for each run of
// years in which a GB/T 2260 code kept one name (MIT; see regions.LICENSE).
//
//go:embed regions.tsv
var regionsTSV string

// Region is a GB/T 2260 code as the embedded 1980-2020 table knows it.
// Names change over the years; every name here is the most recent one.
type Region struct {
	Code     string
	Name     string
	Province string // name of the code's province, code[:2]+"0000"
	City     string // name of code[:4]+"00"; empty for municipalities and the like
	From, To int    // first and last year the code appears; To is 2020 when still in use
}

// span is a run of years in which a code kept one name.
type span struct {
	name     string
	from, to int
}

// regionTable is regions.tsv parsed once, on first use.
type regionTable struct {
	spans   map[string][]span   // by code, oldest first
	byName  map[string][]string // every name ever used, to the codes that bore it
	last    int                 // newest year in the table
	longest int                 // longest name, in runes, bounding address scans
}

var regions = sync.OnceValue(func() *regionTable { return parseRegions(regionsTSV) })

// LookupRegion finds a six-digit code in the embedded table.
func LookupRegion(code string) (Region, bool) {
	t := regions()
	sp, ok := t.spans[code]
	if !ok {
		return Region{}, false
	}
	r := Region{Code: code, Name: sp[len(sp)-1].name, From: sp[0].from, To: sp[len(sp)-1].to}
	r.Province = t.name(code[:2] + "0000")
	if code[2:4] != "00" {
		r.City = t.name(code[:4] + "00")
	}
	return r, true
}

// parseRegions reads the embedded table. It was written by genregions, so a
// malformed row is a build mistake and panics rather than hiding data.
func parseRegions(tsv string) *regionTable {
	t := &regionTable{spans: map[string][]span{}, byName: map[string][]string{}}
	for line := range strings.Lines(tsv) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		t.add(strings.Split(strings.TrimSuffix(line, "\n"), "\t"))
	}
	t.addShortProvinces()
	return t
}

func (t *regionTable) add(f []string) {
	if len(f) != 4 || len(f[0]) != 6 {
		panic("idcard: malformed row in regions.tsv: " + strings.Join(f, " "))
	}
	from, err1 := strconv.Atoi(f[2])
	to, err2 := strconv.Atoi(f[3])
	if err1 != nil || err2 != nil {
		panic("idcard: malformed years in regions.tsv: " + strings.Join(f, " "))
	}
	code, name := f[0], f[1]
	t.spans[code] = append(t.spans[code], span{name, from, to})
	t.last = max(t.last, to)
	t.index(name, code)
}

// index records that code bore name, once.
func (t *regionTable) index(name, code string) {
	codes := t.byName[name]
	if len(codes) > 0 && codes[len(codes)-1] == code {
		return
	}
	t.byName[name] = append(codes, code)
	t.longest = max(t.longest, utf8.RuneCountInString(name))
}

// addShortProvinces lets an address open with 江苏 instead of 江苏省.
func (t *regionTable) addShortProvinces() {
	for _, short := range provinces {
		for p := 11; p <= 83; p++ {
			code := strconv.Itoa(p) + "0000"
			if strings.HasPrefix(t.name(code), short) {
				t.index(short, code)
			}
		}
	}
}

// name gives the most recent name of code, or "" when the table lacks it.
func (t *regionTable) name(code string) string {
	sp := t.spans[code]
	if len(sp) == 0 {
		return ""
	}
	return sp[len(sp)-1].name
}

// inUseNow reports whether the code was still listed in the newest year.
func (t *regionTable) inUseNow(r Region) bool { return r.To >= t.last }
