package photos

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kycreview/review"
)

func TestPutOpenDelete(t *testing.T) {
	ctx := context.Background()
	d, err := Open(filepath.Join(t.TempDir(), "photos"))
	if err != nil {
		t.Fatal(err)
	}

	sha, err := d.Put(ctx, []byte("a photo"))
	if err != nil {
		t.Fatal(err)
	}
	again, err := d.Put(ctx, []byte("a photo"))
	if err != nil || again != sha {
		t.Fatalf("second put: %q, %v; want %q", again, err, sha)
	}

	f, err := d.Open(ctx, sha)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(f)
	f.Close()
	if string(got) != "a photo" {
		t.Errorf("read back %q", got)
	}
	leftovers, _ := filepath.Glob(filepath.Join(d.root, sha[:2], ".tmp-*"))
	if len(leftovers) != 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}

	if err := d.Delete(ctx, sha); err != nil {
		t.Fatal(err)
	}
	if err := d.Delete(ctx, sha); err != nil {
		t.Errorf("deleting a missing file: %v", err)
	}
	if _, err := os.Stat(d.path(sha)); !os.IsNotExist(err) {
		t.Errorf("file still there: %v", err)
	}
}

func TestOpenRefusesBadNames(t *testing.T) {
	d, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"", "../../etc/passwd", strings.Repeat("A", 64) + "/x", strings.Repeat("a", 64)} {
		if _, err := d.Open(context.Background(), name); err != review.ErrNotFound {
			t.Errorf("open %q: %v, want ErrNotFound", name, err)
		}
	}
}
