//go:build exp

package local

import (
	"bytes"
	"fmt"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"kycreview/ocr"
	"kycreview/ocr/specimen"
)

type expCard struct {
	front, back *image.RGBA
	truth       specimen.Card
	set         string
}

var expCache = map[string][]expCard{}

func loadExp(t *testing.T, dir string) []expCard {
	if c, ok := expCache[dir]; ok {
		return c
	}
	cards, err := specimen.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []expCard
	for _, c := range cards {
		ec := expCard{truth: c, set: filepath.Base(dir)}
		for _, f := range []string{c.Front, c.Back} {
			data, _ := os.ReadFile(filepath.Join(dir, f))
			img, _ := decode(data)
			cd, ok := findCard(img)
			if !ok {
				t.Logf("no card %s", f)
				continue
			}
			side, up := detectSide(cd.image)
			if !up {
				cd.image = rotate180(cd.image)
			}
			if side == ocr.Front {
				ec.front = cd.image
			} else {
				ec.back = cd.image
			}
		}
		out = append(out, ec)
	}
	expCache[dir] = out
	return out
}

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func tessRaw(img []byte, args ...string) ([]word, time.Duration, error) {
	start := time.Now()
	cmd := exec.Command("tesseract", append(append([]string{"stdin", "stdout"}, args...), "tsv")...)
	cmd.Stdin = bytes.NewReader(img)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	var out bytes.Buffer
	cmd.Stdout = &out
	err := cmd.Run()
	if err != nil {
		return nil, 0, err
	}
	w, err := parseTSV(out.String())
	return w, time.Since(start), err
}

func expRegion(field string) (region, bool) {
	for _, r := range append(append([]region{}, frontRegions...), backRegions...) {
		if r.field == field {
			return r, r.field == ocr.FieldAuthority || r.field == ocr.FieldTimelimit
		}
	}
	panic(field)
}

func clean(field, s string) string {
	switch field {
	case ocr.FieldName:
		return strings.Trim(keepHanDot(s), "·")
	case ocr.FieldAddress:
		return hanOrDigit(s)
	case ocr.FieldAuthority:
		return han(s)
	case ocr.FieldNation:
		n, _ := snapNation(s)
		return n
	}
	return s
}

func want(field string, c specimen.Card) string {
	switch field {
	case ocr.FieldName:
		return c.Name
	case ocr.FieldAddress:
		return c.Address
	case ocr.FieldAuthority:
		return c.Authority
	case ocr.FieldNation:
		return c.Nation
	case ocr.FieldSex:
		return c.Sex
	}
	return ""
}

// TestExp: EXP_DIRS, EXP_FIELD, EXP_SCALE, EXP_ARGS (space separated), EXP_PREP.
func TestExp(t *testing.T) {
	field := env("EXP_FIELD", "name")
	scale, _ := strconv.ParseFloat(env("EXP_SCALE", "0.6"), 64)
	args := strings.Fields(env("EXP_ARGS", "-l chi_sim --psm 7"))
	prep := env("EXP_PREP", "ink")
	reg, back := expRegion(field)
	var good, total, lowWrong, lowRight int
	var took time.Duration
	var mu sync.Mutex
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for _, dir := range strings.Split(env("EXP_DIRS", "/tmp/ocrw/f301,/tmp/ocrw/f302"), ",") {
		for _, c := range loadExp(t, dir) {
			img := c.front
			if back {
				img = c.back
			}
			if img == nil {
				continue
			}
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				g := prepare(prep, img, reg, scale)
				words, d, err := tessRaw(pgm(g), args...)
				if err != nil {
					t.Error(err)
					return
				}
				text, conf := joinWords(words)
				got := clean(field, text)
				mu.Lock()
				defer mu.Unlock()
				took += d
				total++
				w := want(field, c.truth)
				if got == w {
					good++
					if conf < minConf {
						lowRight++
					}
				} else {
					if conf < minConf {
						lowWrong++
					}
					fmt.Printf("  miss %s/%s: want %s got %s conf %.0f\n", c.set, c.truth.Front, w, got, conf)
				}
			})
		}
	}
	wg.Wait()
	fmt.Printf("RESULT field=%s scale=%v args=%q prep=%s: %d/%d ms=%d lowWrong=%d lowRight=%d\n", field, scale, args, prep, good, total, took.Milliseconds()/int64(total), lowWrong, lowRight)
}

func prepare(prep string, img *image.RGBA, reg region, scale float64) *image.Gray {
	g := ink(img, reg.at.px(), pad)
	switch prep {
	case "bin":
		g = binarise(scaled(g, scale), 128)
		return g
	case "bin160":
		return binarise(scaled(g, scale), 160)
	}
	return scaled(g, scale)
}

func binarise(g *image.Gray, th uint8) *image.Gray {
	out := image.NewGray(g.Rect)
	for i, v := range g.Pix {
		if v < th {
			out.Pix[i] = 0
		} else {
			out.Pix[i] = 255
		}
	}
	return out
}
