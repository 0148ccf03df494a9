package local

import (
	"fmt"
	"strconv"
	"strings"
)

// word is one recognised word with its box in the input image's pixels
// and Tesseract's confidence, 0 to 100.
type word struct {
	Text   string  `json:"text"`
	Conf   float64 `json:"conf"`
	Left   int     `json:"left"`
	Top    int     `json:"top"`
	Width  int     `json:"width"`
	Height int     `json:"height"`
	Line   int     `json:"line"`
}

// parseTSV keeps the word rows (level 5) of Tesseract's TSV output.
func parseTSV(out string) ([]word, error) {
	var words []word
	for i, line := range strings.Split(out, "\n") {
		cols := strings.Split(line, "\t")
		if i == 0 || len(cols) < 12 || cols[0] != "5" {
			continue
		}
		text := strings.TrimSpace(cols[11])
		if text == "" {
			continue
		}

		nums, err := atois(cols[2:10])
		if err != nil {
			return nil, fmt.Errorf("tsv line %d: %w", i+1, err)
		}
		conf, err := strconv.ParseFloat(cols[10], 64)
		if err != nil {
			return nil, fmt.Errorf("tsv line %d: conf: %w", i+1, err)
		}
		// Block, paragraph and line numbers together name a line.
		line := nums[0]*10000 + nums[1]*100 + nums[2]
		words = append(words, word{Text: text, Conf: conf, Left: nums[4], Top: nums[5], Width: nums[6], Height: nums[7], Line: line})
	}
	return words, nil
}

func atois(cols []string) ([]int, error) {
	nums := make([]int, len(cols))
	for i, c := range cols {
		n, err := strconv.Atoi(c)
		if err != nil {
			return nil, err
		}
		nums[i] = n
	}
	return nums, nil
}
