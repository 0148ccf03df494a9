package ocr

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// The vendor's guide sets no limits of its own, so these are ours.
const (
	defaultVendorTimeout = 15 * time.Second
	defaultVendorTries   = 3
	defaultVendorBackoff = 500 * time.Millisecond

	// A real answer is a few KiB; anything past 1 MiB is not an answer.
	maxVendorBody = 1 << 20
)

// errTooLarge reports a body longer than we are willing to read.
var errTooLarge = errors.New("body too large")

// VendorConfig says where the vendor's service is and how patiently to call it.
type VendorConfig struct {
	URL string // the endpoint, POSTed to as is
	Key string // the APPCODE credential

	// Timeout bounds one try, from dialling to the last byte. Default 15s.
	Timeout time.Duration
	// Tries counts every try of a retryable failure, the first included. Default 3.
	Tries int
	// Backoff is the wait before the second try; it doubles after. Default 500ms.
	Backoff time.Duration
	// Client sends the requests. Nil means a plain client: Timeout
	// already bounds each try.
	Client *http.Client
}

// Vendor is the Engine backed by the vendor's hosted OCR service.
type Vendor struct {
	cfg VendorConfig
}

// NewVendor fills in the defaults of cfg. It does not call the vendor.
func NewVendor(cfg VendorConfig) *Vendor {
	if cfg.Timeout <= 0 {
		cfg.Timeout = defaultVendorTimeout
	}
	if cfg.Tries <= 0 {
		cfg.Tries = defaultVendorTries
	}
	if cfg.Backoff <= 0 {
		cfg.Backoff = defaultVendorBackoff
	}
	if cfg.Client == nil {
		cfg.Client = &http.Client{}
	}
	return &Vendor{cfg: cfg}
}

// Name implements Engine.
func (v *Vendor) Name() string { return "vendor" }

// Recognize sends one photo and returns what the vendor read of it. Every
// failure is an *Error. Only failures the vendor may get over by itself
// (500, 501, a try that timed out) are tried again.
func (v *Vendor) Recognize(ctx context.Context, image []byte) (*Result, error) {
	var last *Error
	tries := 0
	for tries < v.cfg.Tries {
		if tries > 0 {
			if err := sleepCtx(ctx, v.backoff(tries)); err != nil {
				last.Detail += fmt.Sprintf("; stopped waiting to retry: %v", err)
				break
			}
		}

		tries++
		res, err := v.try(ctx, image)
		if err == nil {
			return res, nil
		}
		last = err

		// A done ctx is the caller giving up, not the vendor failing.
		if !err.Retryable || ctx.Err() != nil {
			break
		}
	}

	last.Detail += " (after " + countTries(tries) + ")"
	return nil, last
}

// backoff is the wait after the given number of tries: Backoff, then
// doubling, capped so a large Tries cannot overflow it.
func (v *Vendor) backoff(tries int) time.Duration {
	d := v.cfg.Backoff
	for i := 1; i < tries && d < time.Hour; i++ {
		d *= 2
	}
	return d
}

// try makes one request under its own deadline, so that one slow try
// leaves time for the next.
func (v *Vendor) try(ctx context.Context, image []byte) (*Result, *Error) {
	tryCtx, cancel := context.WithTimeout(ctx, v.cfg.Timeout)
	defer cancel()

	req, err := newVendorRequest(tryCtx, v.cfg.URL, v.cfg.Key, image)
	if err != nil {
		return nil, &Error{Outcome: OutUnreachable, Detail: err.Error()}
	}

	resp, err := v.cfg.Client.Do(req)
	if err != nil {
		return nil, transportError(ctx, fmt.Errorf("vendor: send: %w", err))
	}
	defer resp.Body.Close()

	body, err := readAtMost(resp.Body, maxVendorBody)
	if err != nil {
		return nil, readError(ctx, resp.StatusCode, body, err)
	}
	return parseVendor(resp.StatusCode, body)
}

// newVendorRequest builds the one request the vendor expects: the photo in
// base64 in the form field "image". The vendor tells the side itself.
func newVendorRequest(ctx context.Context, endpoint, key string, image []byte) (*http.Request, error) {
	form := url.Values{"image": {base64.StdEncoding.EncodeToString(image)}}
	body := strings.NewReader(form.Encode())

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, body)
	if err != nil {
		return nil, fmt.Errorf("vendor: new request: %w", err)
	}

	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Authorization", "APPCODE "+key)
	req.Header.Set("Accept", "application/json")
	return req, nil
}

// readAtMost reads all of r unless it holds more than limit bytes. On
// errTooLarge it returns no bytes: a cut body is not the vendor's answer.
func readAtMost(r io.Reader, limit int64) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return body, err
	}
	if int64(len(body)) > limit {
		return nil, errTooLarge
	}
	return body, nil
}

// sleepCtx waits for d, or less when ctx ends first.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()

	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func countTries(n int) string {
	if n == 1 {
		return "1 try"
	}
	return strconv.Itoa(n) + " tries"
}

// transportError classifies a failure to get an answer at all. A caller
// who cancelled still gets an outcome, but not a retryable one.
func transportError(ctx context.Context, err error) *Error {
	e := &Error{Outcome: OutUnreachable, Detail: err.Error()}
	switch {
	case errors.Is(ctx.Err(), context.Canceled):
		e.Outcome = OutTimeout
		e.Detail = "cancelled by the caller: " + e.Detail
	case isTimeout(err):
		e.Outcome = OutTimeout
		e.Retryable = true
	}
	return e
}

// isTimeout covers both our per-try deadline and a Client.Timeout.
func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout())
}

// readError classifies a body that could not be read to its end. Raw keeps
// what did arrive, except for an oversized body.
func readError(ctx context.Context, status int, body []byte, err error) *Error {
	if errors.Is(err, errTooLarge) {
		detail := fmt.Sprintf("vendor: read body: more than %d bytes", maxVendorBody)
		return &Error{Outcome: OutBadResponse, Code: status, Detail: detail}
	}

	err = fmt.Errorf("vendor: read body: %w", err)
	if ctx.Err() != nil || isTimeout(err) {
		e := transportError(ctx, err)
		e.Raw = body
		return e
	}
	return &Error{Outcome: OutBadResponse, Code: status, Detail: err.Error(), Raw: body}
}

// vendorEnvelope is the outer shape of every answer in the vendor's guide.
type vendorEnvelope struct {
	Msg     string          `json:"msg"`
	Success bool            `json:"success"`
	Code    looseInt        `json:"code"`
	Data    json.RawMessage `json:"data"`
}

// vendorData is "data" of a successful answer.
type vendorData struct {
	OrderNo  looseString     `json:"order_no"`
	Result   looseInt        `json:"result"`
	Side     string          `json:"side"`
	Info     vendorInfo      `json:"info"`
	Validity map[string]bool `json:"validity"`
	ImageURL string          `json:"image_url"` // null on the back
}

// vendorInfo is "info" as sent. The guide's list of front fields spells
// month "mouth", so both keys are read.
type vendorInfo struct {
	Name      string      `json:"name"`
	Sex       string      `json:"sex"`
	Nation    string      `json:"nation"`
	Year      looseString `json:"year"`
	Month     looseString `json:"month"`
	Mouth     looseString `json:"mouth"`
	Day       looseString `json:"day"`
	Address   string      `json:"address"`
	Number    looseString `json:"number"`
	Authority string      `json:"authority"`
	Timelimit string      `json:"timelimit"`
}

// vendorOutcomes maps the codes of the guide (and of the platform's
// account checks) to what the reviewer is told. Others are OutOther.
var vendorOutcomes = map[int]Outcome{
	400: OutBadRequest,
	404: OutNotFound,
	500: OutVendorError,
	501: OutUpstream,
	601: OutAccount,
	602: OutAccount,
	603: OutBalance,
	604: OutDisabled,
	606: OutRejected,
}

// parseVendor turns one answer into a Result or an *Error. Either way
// the body is kept verbatim as Raw.
func parseVendor(status int, body []byte) (*Result, *Error) {
	var env vendorEnvelope
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, statusError(status, body, fmt.Sprintf("decode body: %v", err))
	}

	code := int(env.Code)
	switch {
	case status != http.StatusOK && (code == 0 || code == http.StatusOK):
		// The gateway answered, not the vendor: only the status tells.
		return nil, statusError(status, body, "no vendor code in the body")
	case code == 0:
		return nil, badResponse(body, "no code")
	case code != http.StatusOK:
		return nil, codeError(code, env.Msg, body)
	case !env.Success:
		return nil, badResponse(body, "code 200 without success")
	}
	return parseData(env.Data, body)
}

// parseData reads "data" of a code 200 answer.
func parseData(data json.RawMessage, body []byte) (*Result, *Error) {
	if len(data) == 0 || string(data) == "null" {
		return nil, badResponse(body, "code 200 without data")
	}

	var d vendorData
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, badResponse(body, fmt.Sprintf("decode data: %v", err))
	}

	if err := d.check(body); err != nil {
		return nil, err
	}
	return d.result(body), nil
}

// check refuses data the review could not rely on. The guide says the
// vendor does not fail on a photo of something else, so a result without
// validity flags would read as trusted: it is refused too.
func (d *vendorData) check(body []byte) *Error {
	switch {
	case d.Result == 1:
		detail := "vendor: result 1, no card read"
		return &Error{Outcome: OutScanFailed, Code: http.StatusOK, Detail: detail, Raw: body}
	case d.Result != 0:
		return badResponse(body, fmt.Sprintf("result %d", d.Result))
	case Side(d.Side) != Front && Side(d.Side) != Back:
		return badResponse(body, fmt.Sprintf("side %q", d.Side))
	case len(d.Validity) == 0:
		return badResponse(body, "no validity flags")
	}
	return nil
}

func (d *vendorData) result(body []byte) *Result {
	return &Result{
		Side:     Side(d.Side),
		OrderNo:  string(d.OrderNo),
		Scan:     int(d.Result),
		Info:     d.Info.info(),
		Validity: d.Validity,
		ImageURL: d.ImageURL,
		Raw:      json.RawMessage(body),
	}
}

func (i *vendorInfo) info() Info {
	month := i.Month
	if month == "" {
		month = i.Mouth
	}
	return Info{
		Name:      i.Name,
		Sex:       i.Sex,
		Nation:    i.Nation,
		Year:      string(i.Year),
		Month:     string(month),
		Day:       string(i.Day),
		Address:   i.Address,
		Number:    string(i.Number),
		Authority: i.Authority,
		Timelimit: i.Timelimit,
	}
}

// codeError is a failure the vendor named by its code.
func codeError(code int, msg string, body []byte) *Error {
	out, ok := vendorOutcomes[code]
	if !ok {
		out = OutOther
	}
	return &Error{
		Outcome:   out,
		Code:      code,
		Detail:    fmt.Sprintf("vendor: code %d: %s", code, msg),
		Retryable: code == 500 || code == 501,
		Raw:       body,
	}
}

// statusError is a failure only the HTTP status names, as when the
// platform's gateway refuses a bad credential with an empty 403.
func statusError(status int, body []byte, why string) *Error {
	e := &Error{Outcome: OutOther, Code: status, Raw: body}
	e.Detail = fmt.Sprintf("vendor: http %d: %s", status, why)
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		e.Outcome = OutAccount
	case status >= 500:
		e.Outcome, e.Retryable = OutVendorError, true
	case status == http.StatusBadRequest || status == http.StatusNotFound:
		e.Outcome = vendorOutcomes[status]
	case status >= 200 && status < 300:
		e.Outcome = OutBadResponse
	}
	return e
}

func badResponse(body []byte, why string) *Error {
	return &Error{Outcome: OutBadResponse, Code: http.StatusOK, Detail: "vendor: " + why, Raw: body}
}

// looseString reads a JSON string or number as its text, so "1989" and
// 1989 read alike and a long order number keeps all its digits.
type looseString string

func (s *looseString) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}

	if len(b) > 0 && b[0] == '"' {
		var v string
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
		*s = looseString(v)
		return nil
	}

	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return errors.New("want a string or a number")
	}
	*s = looseString(n.String())
	return nil
}

// looseInt reads 200 and "200" alike.
type looseInt int

func (n *looseInt) UnmarshalJSON(b []byte) error {
	var s looseString
	if err := s.UnmarshalJSON(b); err != nil || s == "" {
		return err
	}

	v, err := strconv.Atoi(string(s))
	if err != nil {
		return errors.New("want an integer")
	}
	*n = looseInt(v)
	return nil
}
