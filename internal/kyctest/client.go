package kyctest

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"testing"
)

// Client is a browser stand-in: it keeps cookies, does not follow
// redirects, and sends the page's CSRF token with every form.
type Client struct {
	t    testing.TB
	base string
	http *http.Client
	csrf string
}

// Response is a read response.
type Response struct {
	StatusCode int
	Header     http.Header
	Body       string
}

// NewClient returns a client of the server at base.
func NewClient(t testing.TB, base string) *Client {
	jar, _ := cookiejar.New(nil)
	return &Client{t: t, base: base, http: &http.Client{
		Jar: jar,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}}
}

var csrfMeta = regexp.MustCompile(`name="csrf-token" content="([0-9a-f]+)"`)

// Get fetches a path and remembers the page's CSRF token.
func (c *Client) Get(path string) Response {
	c.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, c.base+path, nil)
	return c.Do(req)
}

// Do sends a request and reads the whole answer.
func (c *Client) Do(req *http.Request) Response {
	c.t.Helper()
	res, err := c.http.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)

	if m := csrfMeta.FindSubmatch(body); m != nil {
		c.csrf = string(m[1])
	}
	return Response{StatusCode: res.StatusCode, Header: res.Header, Body: string(body)}
}

// Token returns the CSRF token, fetching the login page for one if needed.
func (c *Client) Token() string {
	if c.csrf == "" {
		res := c.Get("/login")
		if loc := res.Header.Get("Location"); c.csrf == "" && loc != "" {
			c.Get(loc)
		}
	}
	return c.csrf
}

// PostForm posts a urlencoded form with the CSRF token added.
func (c *Client) PostForm(path string, fields map[string]string) Response {
	c.t.Helper()
	v := url.Values{"_csrf": {c.Token()}}
	for k, val := range fields {
		v.Set(k, val)
	}
	return c.PostRaw(path, v)
}

// PostRaw posts a urlencoded form exactly as given.
func (c *Client) PostRaw(path string, v url.Values) Response {
	c.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, c.base+path, bytes.NewBufferString(v.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.Do(req)
}

// File is one file of a multipart upload.
type File struct {
	Field, Name string
	Data        []byte
}

// Upload posts files as the upload form does, the CSRF token first.
func (c *Client) Upload(path string, files ...File) Response {
	c.t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.WriteField("_csrf", c.Token())
	for _, f := range files {
		w, _ := mw.CreateFormFile(f.Field, f.Name)
		_, _ = w.Write(f.Data)
	}
	_ = mw.Close()

	req, _ := http.NewRequest(http.MethodPost, c.base+path, &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return c.Do(req)
}

// Forget drops the remembered CSRF token, as after signing in.
func (c *Client) Forget() { c.csrf = "" }
