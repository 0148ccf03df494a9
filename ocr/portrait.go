package ocr

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const (
	// A cropped face is tens of KiB; 2 MiB leaves room and bounds memory.
	maxPortrait     = 2 << 20
	portraitTimeout = 10 * time.Second
	maxRedirects    = 10
)

var (
	errPortraitURL   = errors.New("portrait: url refused")
	errPortraitLarge = errors.New("portrait: larger than 2 MiB")
	errPortraitType  = errors.New("portrait: not a JPEG or PNG")
)

// FetchPortrait downloads the holder's photo the vendor cut out, at the
// image_url of its answer. It fetches only from the vendor endpoint's own
// host, since the URL comes from a response and must not steer us elsewhere.
// It tries once: a missing portrait does not stop a review.
func FetchPortrait(ctx context.Context, client *http.Client, endpoint, imageURL string) ([]byte, error) {
	u, err := portraitURL(endpoint, imageURL)
	if err != nil {
		return nil, err
	}

	ctx, cancel := context.WithTimeout(ctx, portraitTimeout)
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("portrait: new request: %w", err)
	}

	resp, err := sameHostClient(client, u.Hostname()).Do(req)
	if err != nil {
		return nil, fmt.Errorf("portrait: get: %w", err)
	}
	defer resp.Body.Close()

	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("portrait: http %d", resp.StatusCode)
	}
	return readPortrait(resp)
}

// portraitURL parses imageURL and accepts it only over http(s) and on the
// endpoint's hostname (any case, any port).
func portraitURL(endpoint, imageURL string) (*url.URL, error) {
	ep, err := url.Parse(endpoint)
	if err != nil || ep.Hostname() == "" {
		return nil, fmt.Errorf("%w: endpoint has no host", errPortraitURL)
	}

	u, err := url.Parse(imageURL)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errPortraitURL, err)
	}

	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%w: scheme %q is not http(s)", errPortraitURL, u.Scheme)
	}
	if !strings.EqualFold(u.Hostname(), ep.Hostname()) {
		return nil, fmt.Errorf("%w: host %q is not the vendor's", errPortraitURL, u.Hostname())
	}
	return u, nil
}

// sameHostClient copies client so that it follows redirects only on host
// and only over http(s). The caller's client is left as it was.
func sameHostClient(client *http.Client, host string) *http.Client {
	if client == nil {
		client = http.DefaultClient
	}
	c := *client
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return fmt.Errorf("%w: more than %d redirects", errPortraitURL, maxRedirects)
		}
		scheme := req.URL.Scheme
		if scheme != "http" && scheme != "https" {
			return fmt.Errorf("%w: redirect to scheme %q", errPortraitURL, scheme)
		}
		if !strings.EqualFold(req.URL.Hostname(), host) {
			return fmt.Errorf("%w: redirect to host %q", errPortraitURL, req.URL.Hostname())
		}
		return nil
	}
	return &c
}

// readPortrait reads the whole body and checks it is an image by its
// bytes; the Content-Type header is the server's claim, not proof.
func readPortrait(resp *http.Response) ([]byte, error) {
	body, err := readAtMost(resp.Body, maxPortrait)
	if errors.Is(err, errTooLarge) {
		return nil, errPortraitLarge
	}
	if err != nil {
		return nil, fmt.Errorf("portrait: read body: %w", err)
	}

	kind := http.DetectContentType(body)
	if kind != "image/jpeg" && kind != "image/png" {
		return nil, fmt.Errorf("%w: looks like %s", errPortraitType, kind)
	}
	return body, nil
}
