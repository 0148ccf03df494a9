package ocr

import (
	"errors"
	"fmt"
)

// Outcome names a way a reading can fail, in words a reviewer understands.
type Outcome string

const (
	OutBadRequest  Outcome = "bad_request"   // 400
	OutNotFound    Outcome = "not_found"     // 404
	OutVendorError Outcome = "vendor_error"  // 500
	OutUpstream    Outcome = "upstream"      // 501
	OutAccount     Outcome = "account"       // 601, 602
	OutBalance     Outcome = "balance"       // 603
	OutDisabled    Outcome = "disabled"      // 604
	OutRejected    Outcome = "rejected"      // 606
	OutOther       Outcome = "other"         // 1001 and unknown codes
	OutScanFailed  Outcome = "scan_failed"   // result: 1
	OutBadResponse Outcome = "bad_response"  // not JSON, cut short
	OutTimeout     Outcome = "timeout"       // no answer in time
	OutUnreachable Outcome = "unreachable"   // connection refused, DNS
	OutEngine      Outcome = "engine_failed" // the local engine crashed
	OutNoEngine    Outcome = "no_engine"     // the local engine is not installed
)

// messages holds each outcome's text for the reviewer: Chinese, English.
var messages = map[Outcome][2]string{
	OutBadRequest:  {"识别服务认为请求参数有误（400），请确认照片完整清晰后重试", "The OCR service rejected the request as malformed (400); check the photo and retry"},
	OutNotFound:    {"识别服务地址不存在（404），请管理员检查 -ocr-url", "The OCR endpoint was not found (404); an admin should check -ocr-url"},
	OutVendorError: {"识别服务内部错误（500），已自动重试", "The OCR service had an internal error (500); retried automatically"},
	OutUpstream:    {"识别服务的上游服务异常（501），已自动重试", "The OCR service's upstream failed (501); retried automatically"},
	OutAccount:     {"识别服务拒绝了本账户的请求，请管理员检查凭证（-ocr-key）", "The OCR service refused this account; an admin should check the credential (-ocr-key)"},
	OutBalance:     {"识别服务余额已用完（603），请管理员充值", "The OCR account's balance is used up (603); an admin must top it up"},
	OutDisabled:    {"识别接口已停用（604），请联系服务商", "The OCR interface is disabled (604); contact the vendor"},
	OutRejected:    {"识别服务拒绝处理这张照片（606）", "The OCR service refused to process this photo (606)"},
	OutOther:       {"识别服务返回了其他错误", "The OCR service returned another error"},
	OutScanFailed:  {"未能识别出身份证，请确认照片是身份证并重新拍摄", "No ID card could be read; check that the photo shows an ID card"},
	OutBadResponse: {"识别服务的响应不完整或无法解析", "The OCR service's answer was incomplete or unreadable"},
	OutTimeout:     {"识别服务超时无响应，已自动重试", "The OCR service did not answer in time; retried automatically"},
	OutUnreachable: {"无法连接识别服务", "The OCR service could not be reached"},
	OutEngine:      {"本地识别引擎运行失败", "The local OCR engine failed"},
	OutNoEngine:    {"本地识别引擎未安装，请手工录入", "The local OCR engine is not installed; enter the fields by hand"},
}

// Message returns the reviewer-facing text of an outcome.
func (o Outcome) Message(lang string) string {
	m, ok := messages[o]
	if !ok {
		m = messages[OutOther]
	}
	if lang == "en" {
		return m[1]
	}
	return m[0]
}

// Error is a failed reading. Code is the vendor's code when there was one,
// Detail is for logs and support, never shown as the reviewer's message.
type Error struct {
	Outcome   Outcome
	Code      int
	Detail    string
	Retryable bool
	Raw       []byte
}

func (e *Error) Error() string {
	if e.Code != 0 {
		return fmt.Sprintf("ocr: %s (code %d): %s", e.Outcome, e.Code, e.Detail)
	}
	return fmt.Sprintf("ocr: %s: %s", e.Outcome, e.Detail)
}

// AsError unwraps err to an *Error, turning anything else into
// OutEngine so callers always have an outcome to show.
func AsError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Outcome: OutEngine, Detail: err.Error()}
}
