package ocr

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// testImage stands in for a photo; the fake vendor only checks it arrives intact.
var testImage = []byte("\xff\xd8\xff\xe0 not really a jpeg +/= \x00\x01")

// reply is one answer of the fake vendor.
type reply struct {
	status int
	body   []byte
	sleep  time.Duration
}

// fakeVendor answers the n-th request with replies[n], repeating the last
// one, after checking the request is exactly what the vendor expects.
type fakeVendor struct {
	*httptest.Server
	requests atomic.Int32
}

func newFakeVendor(t *testing.T, replies ...reply) *fakeVendor {
	t.Helper()
	f := &fakeVendor{}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := int(f.requests.Add(1)) - 1
		checkVendorRequest(t, r)
		f.answer(w, r, replies[min(n, len(replies)-1)])
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *fakeVendor) answer(w http.ResponseWriter, r *http.Request, rep reply) {
	select {
	case <-time.After(rep.sleep):
	case <-r.Context().Done():
		return
	}
	if rep.status == 0 {
		rep.status = http.StatusOK
	}
	w.WriteHeader(rep.status)
	w.Write(rep.body)
}

// checkVendorRequest runs on the server's goroutine, so it reports with
// Errorf rather than stopping the test.
func checkVendorRequest(t *testing.T, r *http.Request) {
	headers := map[string]string{
		"Content-Type":  "application/x-www-form-urlencoded",
		"Authorization": "APPCODE testkey",
		"Accept":        "application/json",
	}
	if r.Method != http.MethodPost {
		t.Errorf("method: got %s, want POST", r.Method)
	}
	for k, want := range headers {
		if got := r.Header.Get(k); got != want {
			t.Errorf("header %s: got %q, want %q", k, got, want)
		}
	}

	if err := r.ParseForm(); err != nil {
		t.Errorf("parse form: %v", err)
		return
	}
	if len(r.Form) != 1 {
		t.Errorf("form: got %d fields (%v), want only image", len(r.Form), formKeys(r))
	}
	got, err := base64.StdEncoding.DecodeString(r.PostForm.Get("image"))
	if err != nil || !bytes.Equal(got, testImage) {
		t.Errorf("image: got %q (err %v), want %q", got, err, testImage)
	}
}

func formKeys(r *http.Request) []string {
	var keys []string
	for k := range r.Form {
		keys = append(keys, k)
	}
	return keys
}

// newTestVendor keeps the waits short so the suite stays fast.
func newTestVendor(url string) *Vendor {
	return NewVendor(VendorConfig{URL: url, Key: "testkey", Timeout: time.Second, Backoff: time.Millisecond})
}

func mustSample(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "vendor", name))
	if err != nil {
		tb.Fatalf("read sample: %v", err)
	}
	return b
}

func TestVendorName(t *testing.T) {
	var e Engine = NewVendor(VendorConfig{})
	if got := e.Name(); got != "vendor" {
		t.Errorf("Name: got %q, want vendor", got)
	}
}

func TestNewVendorDefaults(t *testing.T) {
	got := NewVendor(VendorConfig{URL: "http://x"}).cfg
	want := VendorConfig{
		URL: "http://x", Timeout: 15 * time.Second, Tries: 3, Backoff: 500 * time.Millisecond,
	}

	if got.Client == nil {
		t.Errorf("Client: got nil, want a default client")
	}
	got.Client = nil
	if got != want {
		t.Errorf("defaults: got %+v, want %+v", got, want)
	}
}

func TestRecognize(t *testing.T) {
	front := Info{
		Name: "赵宁宁", Sex: "男", Nation: "汉",
		Year: "1989", Month: "12", Day: "1",
		Address: "江苏省苏州市岔河镇东沙庄村黄庄 150号",
		Number:  "320382198912014010",
	}
	frontValid := map[string]bool{
		"birthday": true, "number": true, "address": true, "sex": true, "name": true,
	}
	untrusted := maps.Clone(frontValid)
	untrusted["address"] = false

	tests := []struct {
		sample  string
		want    Result
		trusted bool
	}{
		{"front.json", Result{
			Side: Front, OrderNo: "634416423342575616", Info: front, Validity: frontValid,
			ImageURL: "https://img.tianyandata.cn/id_card_ocr/...403687.jpg",
		}, true},
		{"back.json", Result{
			Side: Back, OrderNo: "634436714873622528",
			Info:     Info{Authority: "杭州市公安局余杭分局", Timelimit: "20180806-20380806"},
			Validity: map[string]bool{"authority": true, "timelimit": true},
		}, true},
		{"untrusted.json", Result{
			Side: Front, OrderNo: "634416423342575616", Info: front, Validity: untrusted,
			ImageURL: "https://img.tianyandata.cn/id_card_ocr/...403687.jpg",
		}, false},
		// "mouth" for month, and numbers where the guide has strings.
		{"lenient.json", Result{
			Side: Front, OrderNo: "634416423342575618", Info: front, Validity: frontValid,
			ImageURL: "https://img.tianyandata.cn/id_card_ocr/...403688.jpg",
		}, true},
	}

	for _, tt := range tests {
		t.Run(tt.sample, func(t *testing.T) {
			body := mustSample(t, tt.sample)
			srv := newFakeVendor(t, reply{body: body})

			got, err := newTestVendor(srv.URL).Recognize(context.Background(), testImage)
			if err != nil {
				t.Fatalf("Recognize: %v", err)
			}

			if !bytes.Equal(got.Raw, body) {
				t.Errorf("Raw: got %q, want the body verbatim", got.Raw)
			}
			got.Raw = nil
			if !reflect.DeepEqual(*got, tt.want) {
				t.Errorf("result:\n got %+v\nwant %+v", *got, tt.want)
			}
			if got.Trusted() != tt.trusted {
				t.Errorf("Trusted: got %v, want %v", got.Trusted(), tt.trusted)
			}
			if n := srv.requests.Load(); n != 1 {
				t.Errorf("requests: got %d, want 1", n)
			}
		})
	}
}

// failure is what a failed Recognize should report.
type failure struct {
	outcome   Outcome
	code      int
	retryable bool
	requests  int32
}

func once(o Outcome, code int) failure   { return failure{o, code, false, 1} }
func thrice(o Outcome, code int) failure { return failure{o, code, true, 3} }

func TestRecognizeFailures(t *testing.T) {
	front := mustSample(t, "front.json")
	sample := func(name string) []reply { return []reply{{body: mustSample(t, name)}} }
	status := func(code int, body string) []reply { return []reply{{status: code, body: []byte(body)}} }
	body := func(b []byte) []reply { return []reply{{body: b}} }
	oddSide := bytes.Replace(front, []byte(`"front"`), []byte(`"left"`), 1)

	tests := []struct {
		name    string
		replies []reply
		want    failure
	}{
		{"400", sample("error400.json"), once(OutBadRequest, 400)},
		{"400 as http status", status(400, string(mustSample(t, "error400.json"))), once(OutBadRequest, 400)},
		{"404", sample("error404.json"), once(OutNotFound, 404)},
		{"500 three times", sample("error500.json"), thrice(OutVendorError, 500)},
		{"501 three times", sample("error501.json"), thrice(OutUpstream, 501)},
		{"601", sample("error601.json"), once(OutAccount, 601)},
		{"602", sample("error602.json"), once(OutAccount, 602)},
		{"603", sample("error603.json"), once(OutBalance, 603)},
		{"604", sample("error604.json"), once(OutDisabled, 604)},
		{"606", sample("error606.json"), once(OutRejected, 606)},
		{"1001", sample("error1001.json"), once(OutOther, 1001)},
		{"unknown code", sample("error999.json"), once(OutOther, 999)},
		{"result 1", sample("scanfailed.json"), once(OutScanFailed, 200)},
		{"not json", status(200, "<html>busy</html>"), once(OutBadResponse, 200)},
		{"truncated json", body(front[:len(front)/2]), once(OutBadResponse, 200)},
		{"empty body", status(200, ""), once(OutBadResponse, 200)},
		{"no data", status(200, `{"msg":"成功","success":true,"code":200}`), once(OutBadResponse, 200)},
		{"data {}", status(200, `{"msg":"成功","success":true,"code":200,"data":{}}`), once(OutBadResponse, 200)},
		{"odd side", body(oddSide), once(OutBadResponse, 200)},
		{"too large", body(bytes.Repeat([]byte(" "), maxVendorBody+1)), once(OutBadResponse, 200)},
		{"http 403 empty", status(403, ""), once(OutAccount, 403)},
		{"http 401 json without code", status(401, `{"message":"Unauthorized"}`), once(OutAccount, 401)},
		{"http 502 html", status(502, "<html>bad gateway</html>"), thrice(OutVendorError, 502)},
		{"http 429", status(429, ""), once(OutOther, 429)},
		// A slow reply sleeps well past the 50 ms try.
		{"slow three times", []reply{{sleep: 5 * time.Second, body: front}}, thrice(OutTimeout, 0)},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFakeVendor(t, tt.replies...)
			v := newTestVendor(srv.URL)
			if tt.replies[0].sleep > 0 {
				v.cfg.Timeout = 50 * time.Millisecond
			}

			res, err := v.Recognize(context.Background(), testImage)
			if res != nil {
				t.Errorf("result: got %+v, want nil", res)
			}
			e := mustVendorError(t, err)

			got := failure{e.Outcome, e.Code, e.Retryable, srv.requests.Load()}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
			if want := "after " + countTries(int(tt.want.requests)); !strings.Contains(e.Detail, want) {
				t.Errorf("Detail: got %q, want it to say %q", e.Detail, want)
			}
			checkRaw(t, e, tt.replies[len(tt.replies)-1])
		})
	}
}

// checkRaw wants the last body verbatim, except where none was read in
// full: a try that timed out, or a body over the limit.
func checkRaw(t *testing.T, e *Error, last reply) {
	t.Helper()
	want := last.body
	if e.Outcome == OutTimeout || len(want) > maxVendorBody {
		want = nil
	}
	if !bytes.Equal(e.Raw, want) {
		t.Errorf("Raw: got %.60q, want %.60q", e.Raw, want)
	}
}

func mustVendorError(t *testing.T, err error) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error: got %v (%T), want *ocr.Error", err, err)
	}
	return e
}

func TestRecognizeRetryThenSuccess(t *testing.T) {
	front := mustSample(t, "front.json")
	tests := []struct {
		name  string
		first reply
	}{
		{"500 then 200", reply{body: mustSample(t, "error500.json")}},
		{"501 then 200", reply{body: mustSample(t, "error501.json")}},
		{"http 503 then 200", reply{status: 503}},
		{"slow then 200", reply{sleep: 5 * time.Second}},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFakeVendor(t, tt.first, reply{body: front})
			v := newTestVendor(srv.URL)
			v.cfg.Timeout = 200 * time.Millisecond

			got, err := v.Recognize(context.Background(), testImage)
			if err != nil {
				t.Fatalf("Recognize: %v", err)
			}
			if got.Info.Number != "320382198912014010" || !bytes.Equal(got.Raw, front) {
				t.Errorf("result: got number %q, raw %.40q; want the front sample", got.Info.Number, got.Raw)
			}
			if n := srv.requests.Load(); n != 2 {
				t.Errorf("requests: got %d, want 2", n)
			}
		})
	}
}

func TestRecognizeUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()

	_, err := newTestVendor(url).Recognize(context.Background(), testImage)
	e := mustVendorError(t, err)

	if e.Outcome != OutUnreachable || e.Retryable {
		t.Errorf("got %s retryable %v, want %s not retryable", e.Outcome, e.Retryable, OutUnreachable)
	}
}

// The caller's ctx ends a wait between tries at once, and is not retried.
func TestRecognizeCallerContext(t *testing.T) {
	tests := []struct {
		name     string
		reply    reply
		backoff  time.Duration
		outcome  Outcome
		detail   string
		requests int32
	}{
		{
			"deadline during backoff", reply{body: mustSample(t, "error500.json")},
			time.Minute, OutVendorError, "stopped waiting to retry", 1,
		},
		{
			"deadline during a try", reply{sleep: 5 * time.Second},
			time.Millisecond, OutTimeout, "deadline exceeded", 1,
		},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newFakeVendor(t, tt.reply)
			v := newTestVendor(srv.URL)
			v.cfg.Backoff = tt.backoff
			ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
			defer cancel()

			start := time.Now()
			_, err := v.Recognize(ctx, testImage)
			e := mustVendorError(t, err)

			if e.Outcome != tt.outcome || !strings.Contains(e.Detail, tt.detail) {
				t.Errorf("got %s %q, want %s mentioning %q", e.Outcome, e.Detail, tt.outcome, tt.detail)
			}
			if n := srv.requests.Load(); n != tt.requests {
				t.Errorf("requests: got %d, want %d", n, tt.requests)
			}
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("took %v, want it to stop with the ctx", took)
			}
		})
	}
}

func TestRecognizeCancelled(t *testing.T) {
	srv := newFakeVendor(t, reply{sleep: 5 * time.Second})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)

	_, err := newTestVendor(srv.URL).Recognize(ctx, testImage)
	e := mustVendorError(t, err)

	if e.Outcome != OutTimeout || e.Retryable || !strings.Contains(e.Detail, "cancelled") {
		t.Errorf("got %s retryable %v %q, want %s, cancelled, not retryable",
			e.Outcome, e.Retryable, e.Detail, OutTimeout)
	}
}

func TestBackoffDoubles(t *testing.T) {
	v := NewVendor(VendorConfig{Backoff: 500 * time.Millisecond})
	want := []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second}
	for i, w := range want {
		if got := v.backoff(i + 1); got != w {
			t.Errorf("backoff after %d tries: got %v, want %v", i+1, got, w)
		}
	}
	if got := v.backoff(1000); got <= 0 || got > 2*time.Hour {
		t.Errorf("backoff after 1000 tries: got %v, want capped", got)
	}
}
