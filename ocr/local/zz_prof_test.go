package local

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZProf(t *testing.T) {
	dir := os.Getenv("PROF_DIR")
	if dir == "" {
		t.Skip()
	}
	eng := New(Config{})
	for _, f := range []string{"card01_front.jpg", "card01_back.jpg", "card02_front.jpg", "card02_back.jpg"} {
		b, _ := os.ReadFile(dir + "/" + f)
		t0 := time.Now()
		img, _ := decode(b)
		t1 := time.Now()
		c, _ := findCard(img)
		t2 := time.Now()
		side, _ := detectSide(c.image)
		t3 := time.Now()
		regs := frontRegions
		if side == "back" {
			regs = backRegions
		}
		reads, _ := eng.readAll(context.Background(), c.image, regs)
		t4 := time.Now()
		_, _ = eng.Recognize(context.Background(), b)
		t5 := time.Now()
		fmt.Println(f, "decode", t1.Sub(t0), "find", t2.Sub(t1), "side", t3.Sub(t2), "read", t4.Sub(t3), "total", t5.Sub(t4))
		for k, r := range reads {
			fmt.Println("  ", k, r.MS, r.Scale, r.Conf, r.Text)
		}
	}
}
