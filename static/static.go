// Package static embeds the CSS, scripts and vendored libraries, and serves
// them under content-hashed names so browsers may cache them for a year.
package static

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed *.css *.js vendor/*.js
var files embed.FS

// hashed maps a file's name to its name with a content hash, and back.
var hashed, plain = hashNames()

func hashNames() (map[string]string, map[string]string) {
	toHashed, toPlain := map[string]string{}, map[string]string{}
	_ = fs.WalkDir(files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := files.ReadFile(name)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		ext := path.Ext(name)
		h := strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:12] + ext
		toHashed[name], toPlain[h] = h, name
		return nil
	})
	return toHashed, toPlain
}

// URL is the path a page links to for the named file.
func URL(name string) string {
	if h, ok := hashed[name]; ok {
		return "/static/" + h
	}
	return "/static/" + name
}

// Handler serves files under /static/ by their hashed names only: a name
// never changes content, so it may be cached for good.
func Handler() http.Handler {
	modTime := time.Now()
	return http.StripPrefix("/static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, ok := plain[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		data, err := files.ReadFile(name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		http.ServeContent(w, r, name, modTime, strings.NewReader(string(data)))
	}))
}
